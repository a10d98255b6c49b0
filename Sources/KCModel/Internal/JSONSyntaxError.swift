/// A syntax error in a JSON text, placed by line and column (1-based; columns count
/// characters, so an editor's cursor lands on it).
struct JSONSyntaxError: Error, CustomStringConvertible {
    var line: Int
    var column: Int
    var message: String

    var description: String { "line \(line), column \(column): \(message)" }

    /// The error at byte `offset` of `text`; at the end of the text, an unexpected end of file.
    init(_ message: String, at offset: Int, in text: UnsafeBufferPointer<UInt8>) {
        let offset = min(offset, text.count)
        let before = text[..<offset]
        let lineStart = (before.lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
        line = before.count(where: { $0 == UInt8(ascii: "\n") }) + 1
        // UTF-8 continuation bytes (10xxxxxx) do not start a character.
        column = text[lineStart..<offset].count(where: { $0 & 0xC0 != 0x80 }) + 1
        self.message = offset == text.count ? "unexpected end of file; \(message)" : message
    }
}
