import Foundation

/// Reads JSON text (RFC 8259, strictly) into a `JSONDocument`, over its UTF-8 bytes.
///
/// Strict means: no trailing commas, no leading zeros, no comments, escapes and
/// surrogate pairs checked, UTF-8 checked, control characters in strings refused.
/// Every string is checked here, even those no model type reads, so a document
/// that parses is well-formed throughout. Only a UTF-8 byte order mark is skipped,
/// as JSONDecoder does.
struct JSONReader {
    /// JSONDecoder's limit too; deeper input is refused rather than risking the stack.
    static let maximumDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var nodes: [JSONNode] = []

    static func parse(_ data: Data) throws(JSONSyntaxError) -> JSONDocument {
        let bytes = [UInt8](data)
        let nodes = try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> [JSONNode] in
            var reader = JSONReader(bytes: buffer)
            return try reader.readDocument()
        }
        return JSONDocument(bytes: bytes, nodes: nodes)
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        // Pretty-printed model files run to a node (key or value) per 18 bytes or so.
        nodes.reserveCapacity(bytes.count / 16 + 16)
    }

    private mutating func readDocument() throws(JSONSyntaxError) -> [JSONNode] {
        guard bytes.count < Int(UInt32.max) else { throw syntaxError("the file is too large") }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        skipWhitespace()
        try readValue(depth: 1)
        skipWhitespace()
        guard position == bytes.count else { throw syntaxError("unexpected text after the JSON value") }
        return nodes
    }

    // MARK: Values

    private mutating func readValue(depth: Int) throws(JSONSyntaxError) {
        switch current {
        case UInt8(ascii: "{"): try readObject(depth: depth)
        case UInt8(ascii: "["): try readArray(depth: depth)
        case UInt8(ascii: "\""): try readString()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try readNumber()
        case UInt8(ascii: "t"): try readLiteral("true", as: .true)
        case UInt8(ascii: "f"): try readLiteral("false", as: .false)
        case UInt8(ascii: "n"): try readLiteral("null", as: .null)
        default: throw syntaxError("expected a value")
        }
    }

    private mutating func readObject(depth: Int) throws(JSONSyntaxError) {
        guard depth <= Self.maximumDepth else { throw syntaxError("more than \(Self.maximumDepth) levels of nesting") }
        let index = beginContainer(.object)
        position += 1
        skipWhitespace()
        var count: UInt32 = 0
        if current == UInt8(ascii: "}") {
            position += 1
        } else {
            while true {
                guard current == UInt8(ascii: "\"") else {
                    throw syntaxError(count == 0 ? "expected a key in double quotes or '}'" : "expected a key in double quotes")
                }
                try readString()
                skipWhitespace()
                guard current == UInt8(ascii: ":") else { throw syntaxError("expected ':' after the key") }
                position += 1
                skipWhitespace()
                try readValue(depth: depth + 1)
                count += 1
                if try endsContainer(UInt8(ascii: "}")) { break }
            }
        }
        endContainer(index, count: count)
    }

    private mutating func readArray(depth: Int) throws(JSONSyntaxError) {
        guard depth <= Self.maximumDepth else { throw syntaxError("more than \(Self.maximumDepth) levels of nesting") }
        let index = beginContainer(.array)
        position += 1
        skipWhitespace()
        var count: UInt32 = 0
        if current == UInt8(ascii: "]") {
            position += 1
        } else {
            while true {
                try readValue(depth: depth + 1)
                count += 1
                if try endsContainer(UInt8(ascii: "]")) { break }
            }
        }
        endContainer(index, count: count)
    }

    /// After a member or element: steps past a ',' (false) or the container's `closing`
    /// byte (true); anything else is an error.
    private mutating func endsContainer(_ closing: UInt8) throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        if current == UInt8(ascii: ",") {
            position += 1
            skipWhitespace()
            return false
        }
        guard current == closing else { throw syntaxError("expected ',' or '\(Character(Unicode.Scalar(closing)))'") }
        position += 1
        return true
    }

    private mutating func readLiteral(_ word: StaticString, as kind: JSONNode.Kind) throws(JSONSyntaxError) {
        let length = word.utf8CodeUnitCount
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: length)
        let available = min(length, bytes.count - position)
        guard bytes[position..<position + available].elementsEqual(expected.prefix(available)) else {
            throw syntaxError("expected a value (true, false and null are lowercase words)")
        }
        guard available == length else { throw syntaxError("expected '\(word)'", at: bytes.count) }
        append(kind, from: position, to: position + length, isPlain: true)
        position += length
    }

    // MARK: Strings

    private mutating func readString() throws(JSONSyntaxError) {
        position += 1
        let start = position
        var isPlain = true
        while true {
            position = endOfPlainText(from: position)
            let byte = current
            if byte == UInt8(ascii: "\"") {
                break
            } else if byte == UInt8(ascii: "\\") {
                isPlain = false
                try skipEscape()
            } else if byte >= 0x80 {
                try skipUTF8Sequence()
            } else if position == bytes.count {
                throw syntaxError("expected '\"' to end the string")
            } else {
                throw syntaxError("control character U+\(hex(byte)) in a string must be escaped")
            }
        }
        let prefix = JSONNode.prefix(of: UnsafeBufferPointer(rebasing: bytes[start..<position]))
        append(.string, from: start, to: position, isPlain: isPlain, countOrPrefix: prefix)
        position += 1
    }

    private mutating func skipEscape() throws(JSONSyntaxError) {
        let escape = position
        position += 1
        switch current {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
             UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            position += 1
        case UInt8(ascii: "u"):
            let unit = try readHexQuad()
            if JSONEscapes.highSurrogates.contains(unit) {
                guard current == UInt8(ascii: "\\"), byte(at: position + 1) == UInt8(ascii: "u") else {
                    throw syntaxError("\\u\(hex(unit)) starts a surrogate pair but no \\uDC00-\\uDFFF follows", at: escape)
                }
                position += 1
                let low = try readHexQuad()
                guard JSONEscapes.lowSurrogates.contains(low) else {
                    throw syntaxError("\\u\(hex(unit)) starts a surrogate pair but no \\uDC00-\\uDFFF follows", at: escape)
                }
            } else if JSONEscapes.lowSurrogates.contains(unit) {
                throw syntaxError("\\u\(hex(unit)) is half of a surrogate pair, with no \\uD800-\\uDBFF before it", at: escape)
            }
        default:
            if position == bytes.count { throw syntaxError("expected an escaped character after '\\'") }
            throw syntaxError("invalid escape; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX", at: escape)
        }
    }

    /// Reads the `uXXXX` of a `\u` escape, `position` on the `u`.
    private mutating func readHexQuad() throws(JSONSyntaxError) -> UInt16 {
        position += 1
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard let digit = JSONEscapes.hexValue(current) else { throw syntaxError("expected four hexadecimal digits after \\u") }
            value = value << 4 | UInt16(digit)
            position += 1
        }
        return value
    }

    /// Steps over one well-formed UTF-8 sequence (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF).
    private mutating func skipUTF8Sequence() throws(JSONSyntaxError) {
        let length: Int
        let second: ClosedRange<UInt8>
        switch current {
        case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
        case 0xE0: (length, second) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, second) = (3, 0x80...0xBF)
        case 0xED: (length, second) = (3, 0x80...0x9F)
        case 0xF0: (length, second) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
        case 0xF4: (length, second) = (4, 0x80...0x8F)
        default: throw syntaxError("invalid UTF-8")
        }
        for offset in 1..<length where !(offset == 1 ? second : 0x80...0xBF).contains(byte(at: position + offset)) {
            let isCutShort = position + offset == bytes.count
            throw isCutShort ? syntaxError("expected the rest of a UTF-8 sequence", at: bytes.count) : syntaxError("invalid UTF-8")
        }
        position += length
    }

    // MARK: Numbers

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, kept as written.
    private mutating func readNumber() throws(JSONSyntaxError) {
        let start = position
        var isInteger = true
        if current == UInt8(ascii: "-") { position += 1 }
        if current == UInt8(ascii: "0") {
            position += 1
            if isDigit(current) { throw syntaxError("numbers cannot have leading zeros") }
        } else {
            try skipDigits(after: "'-'")
        }
        if current == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            try skipDigits(after: "'.'")
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            isInteger = false
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            try skipDigits(after: "the exponent")
        }
        append(.number, from: start, to: position, isPlain: isInteger)
    }

    private mutating func skipDigits(after what: String) throws(JSONSyntaxError) {
        guard isDigit(current) else { throw syntaxError("expected a digit after \(what)") }
        repeat { position += 1 } while isDigit(current)
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    // MARK: Bytes and nodes

    /// The byte at `position`, or 0 past the end (0 is never valid where it is tested).
    private var current: UInt8 { byte(at: position) }

    private func byte(at offset: Int) -> UInt8 {
        offset < bytes.count ? bytes[offset] : 0
    }

    private mutating func skipWhitespace() {
        position = endOfWhitespace(from: position)
    }

    /// The first byte from `offset` on that is not whitespace (or the end).
    private func endOfWhitespace(from offset: Int) -> Int {
        var offset = offset
        // Most gaps are empty or one space (`"key" : value`): settle those at once.
        if byte(at: offset) > 0x20 { return offset }
        if byte(at: offset) == UInt8(ascii: " ") && byte(at: offset + 1) > 0x20 { return offset + 1 }
        while true {
            // Pretty-printed files indent with runs of spaces: skip them up to 8 at a time.
            if let word = word(at: offset) {
                let spaces = ByteWord.leadingSpaces(word)
                offset += spaces
                if spaces == 8 { continue }
            }
            guard offset < bytes.count else { return offset }
            switch bytes[offset] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): offset += 1
            default: return offset
            }
        }
    }

    /// The first byte from `offset` on that ends a run of printable ASCII in a string:
    /// a quote, a backslash, a control character, a non-ASCII byte or the end.
    private func endOfPlainText(from offset: Int) -> Int {
        var offset = offset
        while let word = word(at: offset) {
            let stops = ByteWord.textStops(word)
            if stops != 0 { return offset + stops.trailingZeroBitCount / 8 }
            offset += 8
        }
        while offset < bytes.count, case let byte = bytes[offset], byte >= 0x20, byte < 0x80,
              byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
            offset += 1
        }
        return offset
    }

    /// The 8 bytes from `offset`, if there are 8.
    private func word(at offset: Int) -> UInt64? {
        guard offset + 8 <= bytes.count, let base = bytes.baseAddress else { return nil }
        return UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
    }

    private mutating func append(_ kind: JSONNode.Kind, from start: Int, to end: Int, isPlain: Bool, countOrPrefix: UInt32 = 0) {
        let next = UInt32(nodes.count + 1)
        nodes.append(JSONNode(kind: kind, isPlain: isPlain, start: UInt32(start), end: UInt32(end), next: next,
                              countOrPrefix: countOrPrefix))
    }

    private mutating func beginContainer(_ kind: JSONNode.Kind) -> Int {
        append(kind, from: position, to: position, isPlain: true)
        return nodes.count - 1
    }

    private mutating func endContainer(_ index: Int, count: UInt32) {
        nodes[index].end = UInt32(position)
        nodes[index].next = UInt32(nodes.count)
        nodes[index].countOrPrefix = count
    }

    // MARK: Errors

    /// An error at `offset`, the current byte unless given.
    private func syntaxError(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(message, at: offset ?? position, in: bytes)
    }

    /// Four hexadecimal digits, as in `\u00E9` and `U+00E9`.
    private func hex<T: BinaryInteger>(_ value: T) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
