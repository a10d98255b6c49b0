/// Finds the `{{…}}` and `{{{…}}}` spans of a template in its UTF-8 bytes, but as if
/// it walked the template's characters: a brace counts only when it is a character of
/// its own (not one a combining mark joins), a line ends at a "\n" character (CR LF is
/// one character, not a line break), and a column counts characters. Walking the bytes
/// and counting characters only from one tag to the next keeps a long template cheap.
struct TagFinder {
    /// One span: where its opening braces start, and the text between the braces
    /// (nil when the span is never closed); `start` and `end` are byte offsets of its
    /// first brace and past its last (the end of the text when it is never closed).
    struct Span {
        var line: Int
        var column: Int
        var isTriple: Bool
        var inner: Substring?
        var start: Int
        var end: Int
    }

    private let text: String
    let bytes: [UInt8]
    /// Where the search for the next span starts.
    private var searchFrom = 0
    /// Lines are counted up to here.
    private var linesCounted = 0
    private var line = 1
    /// A character boundary on the current line, and its column; columns count on from it.
    private var columnMark = (offset: 0, column: 1)

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        bytes = Array(text.utf8)
    }

    mutating func next() -> Span? {
        guard let open = find(UInt8(ascii: "{"), count: 2, from: searchFrom) else { return nil }
        let (line, column) = position(of: open)
        let isTriple = isLoneBrace(UInt8(ascii: "{"), at: open + 2)
        let innerStart = open + (isTriple ? 3 : 2)
        let closeCount = isTriple ? 3 : 2
        guard let close = find(UInt8(ascii: "}"), count: closeCount, from: innerStart) else {
            searchFrom = bytes.count
            return Span(line: line, column: column, isTriple: isTriple, inner: nil, start: open, end: bytes.count)
        }
        searchFrom = close + closeCount
        return Span(line: line, column: column, isTriple: isTriple, inner: text[index(innerStart)..<index(close)], start: open, end: close + closeCount)
    }

    /// Line and column of a character boundary at or after the last span found and
    /// before the next one (a name inside a tag, the end of the text).
    mutating func position(at offset: Int) -> (line: Int, column: Int) {
        position(of: min(max(offset, linesCounted), bytes.count))
    }

    /// The first offset from `start` where `count` braces stand side by side, each a character of its own.
    private func find(_ brace: UInt8, count: Int, from start: Int) -> Int? {
        var offset = start
        while offset + count <= bytes.count {
            if bytes[offset] == brace, (0..<count).allSatisfy({ isLoneBrace(brace, at: offset + $0) }) { return offset }
            offset += 1
        }
        return nil
    }

    /// Whether the byte at `offset` is `brace` and a character by itself. Next to ASCII
    /// it always is; next to other bytes a combining mark after it (or a prepending mark
    /// before it) may make it part of a larger character.
    private func isLoneBrace(_ brace: UInt8, at offset: Int) -> Bool {
        guard offset < bytes.count, bytes[offset] == brace else { return false }
        if (offset == 0 || bytes[offset - 1] < 0x80) && (offset + 1 == bytes.count || bytes[offset + 1] < 0x80) { return true }
        return isCharacterBoundary(offset) && isCharacterBoundary(offset + 1)
    }

    func isCharacterBoundary(_ offset: Int) -> Bool {
        offset == bytes.count || index(offset).samePosition(in: text) != nil
    }

    private func index(_ offset: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }

    /// Line and column of the character starting at `offset` (a character boundary),
    /// counting on from where the previous span was.
    private mutating func position(of offset: Int) -> (line: Int, column: Int) {
        for current in linesCounted..<offset where bytes[current] == UInt8(ascii: "\n") {
            // A "\n" after "\r" is part of one CR LF character, which is no "\n".
            if current > 0 && bytes[current - 1] == UInt8(ascii: "\r") { continue }
            line += 1
            columnMark = (current + 1, 1)
        }
        linesCounted = offset
        let column = columnMark.column + characterCount(from: columnMark.offset, to: offset)
        columnMark = (offset, column)
        return (line, column)
    }

    /// Characters between two character boundaries: bytes when they are all ASCII (less
    /// one for each CR LF pair), else counted by the string.
    private func characterCount(from start: Int, to end: Int) -> Int {
        var count = 0
        for offset in start..<end {
            let byte = bytes[offset]
            if byte >= 0x80 { return text[index(start)..<index(end)].count }
            if byte == UInt8(ascii: "\n") && offset > start && bytes[offset - 1] == UInt8(ascii: "\r") { continue }
            count += 1
        }
        return count
    }
}
