import Foundation

/// Compiles a template's text into nodes, working on its UTF-8 bytes. Lines are read as
/// swift-mustache 2.1.1 reads them, so that templates written against it render the same:
/// - text runs to a line end ("\n" or "\r\n") or a tag;
/// - a line holding only blanks (spaces, tabs) and one section, inverted, close, comment,
///   partial or pragma tag stands alone: its blanks and its line end are dropped, and a
///   partial standing alone keeps the blanks as the indentation of what it renders;
/// - after a section the line counts as fresh only if the section's opening tag stood
///   alone (swift-mustache's rule, whatever its closing tag did).
/// Tags are read by `TemplateTag.read`, with its rules and messages; sections must close
/// with their own name; a pragma must be `CONTENT_TYPE: TEXT` or `CONTENT_TYPE: HTML`.
struct TemplateParser {
    private var finder: TagFinder
    private let bytes: [UInt8]
    private let file: String
    /// How far the text has been read, a byte offset.
    private var offset = 0
    /// The next tag, once looked for (`lookedAhead`); nil when there is none.
    private var upcoming: TagFinder.Span?
    private var lookedAhead = false
    private var pragmas: [CompiledTemplate.Pragma] = []

    private init(_ text: String, file: String) {
        finder = TagFinder(text)
        bytes = finder.bytes
        self.file = file
    }

    static func compile(_ text: String, file: String) throws -> CompiledTemplate {
        var parser = TemplateParser(text, file: file)
        let nodes = try parser.nodes(closing: nil, atLineStart: true, escapesHTML: true)
        return CompiledTemplate(nodes: nodes, pragmas: parser.pragmas, length: parser.bytes.count)
    }

    /// Reads nodes up to the tag closing `section`, or to the end of the text when it is nil.
    /// `atLineStart` is swift-mustache's "new line" state; `escapesHTML` the content type in force.
    private mutating func nodes(closing section: TemplateTag?, atLineStart: Bool, escapesHTML: Bool) throws -> [TemplateNode] {
        var nodes = NodeListBuilder()
        var atLineStart = atLineStart
        var escapesHTML = escapesHTML
        // Blanks that began the line, not yet written: they go before the next text or tag,
        // or are dropped when a tag stands alone. A comment or pragma leaves them waiting.
        var blanks = 0..<0
        func writeBlanks() {
            nodes.append(bytes[blanks])
            blanks = 0..<0
        }
        while offset < bytes.count {
            if atLineStart { blanks = readBlanks() }
            let tagStart = nextTagStart()
            if let lineFeed = firstLineFeed(before: tagStart) {
                nodes.append(bytes[blanks])
                nodes.append(bytes[offset...lineFeed])
                offset = lineFeed + 1
                atLineStart = true
                continue
            }
            if offset < tagStart {
                writeBlanks()
                nodes.append(bytes[offset..<tagStart])
                offset = tagStart
                atLineStart = false
            }
            guard let span = takeSpan() else { break }
            offset = span.end
            guard let tag = try TemplateTag.read(span, file: file) else {
                atLineStart = atLineStart && endsLine()
                continue
            }
            let position = TagPosition(line: tag.line, column: tag.column)
            switch tag.kind {
            case .pragma:
                let pragma = try readPragma(tag)
                pragmas.append(pragma)
                escapesHTML = pragma.escapesHTML
                atLineStart = atLineStart && endsLine()
            case .variable, .unescaped:
                writeBlanks()
                let isUnescaped = tag.kind == .unescaped
                nodes.append(.variable(.init(name: KeyName(tag.name), isUnescapedTag: isUnescaped, escapesHTML: escapesHTML && !isUnescaped, position: position)))
                atLineStart = false
            case .section, .inverted:
                let standsAlone = atLineStart && endsLine()
                if !standsAlone { writeBlanks() }
                let body = try self.nodes(closing: tag, atLineStart: standsAlone, escapesHTML: escapesHTML)
                let section = TemplateNode.Section(name: KeyName(tag.name), body: body, position: position)
                nodes.append(tag.kind == .section ? .section(section) : .inverted(section))
                atLineStart = standsAlone
            case .close:
                guard let section else {
                    throw TemplateError(file: file, line: tag.line, column: tag.column, reason: "'\(tag.name)' closes a section that is not open")
                }
                guard section.name == tag.name else { throw closedWithAnotherName(span) }
                if !(atLineStart && endsLine()) { nodes.append(bytes[blanks]) }
                return nodes.finish()
            case .partial:
                if tag.name.isEmpty || tag.name.contains(where: \.isWhitespace) {
                    throw TemplateError(file: file, line: tag.line, column: tag.column, reason: "bad tag name '\(tag.name)'")
                }
                nodes.append(bytes[blanks])
                let standsAlone = atLineStart && endsLine()
                let indentation = standsAlone ? String(decoding: bytes[blanks], as: UTF8.self) : nil
                nodes.append(.partial(.init(name: tag.name, indentation: indentation, position: position)))
                blanks = 0..<0
                atLineStart = standsAlone
            }
        }
        if section != nil {
            let end = finder.position(at: bytes.count)
            throw TemplateError(file: file, line: end.line, column: end.column, reason: "section is never closed")
        }
        return nodes.finish()
    }

    // MARK: Tags

    /// Where the next tag starts, or the end of the text.
    private mutating func nextTagStart() -> Int {
        if !lookedAhead {
            upcoming = finder.next()
            lookedAhead = true
        }
        return upcoming?.start ?? bytes.count
    }

    private mutating func takeSpan() -> TagFinder.Span? {
        lookedAhead = false
        return upcoming.take()
    }

    /// `CONTENT_TYPE: TEXT` or `CONTENT_TYPE: HTML`, blanks anywhere between the words.
    private func readPragma(_ tag: TemplateTag) throws -> CompiledTemplate.Pragma {
        func failure(_ reason: String) -> TemplateError { TemplateError(file: file, line: tag.line, column: tag.column, reason: reason) }
        guard let colon = tag.name.firstIndex(of: ":") else { throw failure("bad pragma; expected {{% CONTENT_TYPE: TEXT }}") }
        let key = Trimming.whitespacesAndNewlines(tag.name[..<colon])
        let value = Trimming.whitespacesAndNewlines(tag.name[tag.name.index(after: colon)...])
        guard TemplateParser.isPragmaWord(key), TemplateParser.isPragmaWord(value) else {
            throw failure("bad pragma; expected {{% CONTENT_TYPE: TEXT }}")
        }
        guard key == "CONTENT_TYPE", value == "TEXT" || value == "HTML" else { throw failure("unknown pragma; only CONTENT_TYPE is known") }
        return CompiledTemplate.Pragma(escapesHTML: value == "HTML", position: TagPosition(line: tag.line, column: tag.column))
    }

    /// The characters swift-mustache reads as a pragma's name or value.
    private static func isPragmaWord(_ word: String) -> Bool {
        !word.isEmpty && word.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "*"):
                return true
            default:
                return false
            }
        }
    }

    /// A close tag naming another section, placed where swift-mustache placed it: just after the slash.
    private mutating func closedWithAnotherName(_ span: TagFinder.Span) -> TemplateError {
        let leading = span.inner.map { inner in
            inner.unicodeScalars.prefix { CharacterSet.whitespacesAndNewlines.contains($0) }.reduce(0) { $0 + UTF8.width($1) }
        } ?? 0
        let name = finder.position(at: span.start + 2 + leading + 1)
        return TemplateError(file: file, line: name.line, column: name.column,
                             reason: "section closed with a different name than it was opened with")
    }

    // MARK: Lines

    /// Reads the blanks at `offset`: spaces and tabs, each a character of its own.
    private mutating func readBlanks() -> Range<Int> {
        let start = offset
        offset = blanksEnd(from: offset)
        return start..<offset
    }

    private func blanksEnd(from start: Int) -> Int {
        var end = start
        while end < bytes.count, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") { end += 1 }
        // A combining mark after the last blank makes it part of a larger character.
        if end > start, end < bytes.count, bytes[end] >= 0x80, !finder.isCharacterBoundary(end) { end -= 1 }
        return end
    }

    /// Whether the rest of the line after a tag is blank; if so, reads past it and its line
    /// end. At the very end of the text it is; blanks and then the end are not (as in
    /// swift-mustache). Any character Swift calls a newline ends the line here.
    private mutating func endsLine() -> Bool {
        if offset == bytes.count { return true }
        let end = blanksEnd(from: offset)
        guard let length = lineEndLength(at: end) else { return false }
        offset = end + length
        return true
    }

    /// Bytes of the newline character at `offset`: LF, CR LF, CR, VT, FF, NEL, LS, PS.
    private func lineEndLength(at offset: Int) -> Int? {
        guard offset < bytes.count else { return nil }
        func byte(_ position: Int) -> UInt8? { position < bytes.count ? bytes[position] : nil }
        switch bytes[offset] {
        case 0x0A, 0x0B, 0x0C: return 1
        case 0x0D: return byte(offset + 1) == 0x0A ? 2 : 1
        case 0xC2: return byte(offset + 1) == 0x85 ? 2 : nil
        case 0xE2: return byte(offset + 1) == 0x80 && (byte(offset + 2) == 0xA8 || byte(offset + 2) == 0xA9) ? 3 : nil
        default: return nil
        }
    }

    /// The first "\n" from `offset` on, before `end`.
    private func firstLineFeed(before end: Int) -> Int? {
        var position = offset
        while position < end {
            if bytes[position] == UInt8(ascii: "\n") { return position }
            position += 1
        }
        return nil
    }
}

/// Nodes being read, adjacent pieces of text gathered into one node.
private struct NodeListBuilder {
    private var nodes: [TemplateNode] = []
    private var text: [UInt8] = []

    mutating func append(_ bytes: ArraySlice<UInt8>) { text.append(contentsOf: bytes) }

    mutating func append(_ node: TemplateNode) {
        flush()
        nodes.append(node)
    }

    mutating func finish() -> [TemplateNode] {
        flush()
        return nodes
    }

    private mutating func flush() {
        guard !text.isEmpty else { return }
        nodes.append(.text(String(decoding: text, as: UTF8.self)))
        text.removeAll(keepingCapacity: true)
    }
}
