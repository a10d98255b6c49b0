import Foundation

/// Foundation's trimming, done on the bytes when the text's ends are ASCII: only a text
/// that starts or ends (past its ASCII whitespace) with other characters is handed to
/// Foundation, whose bridging costs more than the rest of a short tag or sentence.
enum Trimming {
    static func whitespaces(_ text: Substring) -> String {
        trim(text, whitespaceSet) { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    static func whitespacesAndNewlines(_ text: Substring) -> String {
        // The ASCII members of `.whitespacesAndNewlines`: tab, LF, VT, FF, CR and space.
        trim(text, whitespaceAndNewlineSet) { $0 == UInt8(ascii: " ") || (0x09...0x0D).contains($0) }
    }

    private static let whitespaceSet = CharacterSet.whitespaces
    private static let whitespaceAndNewlineSet = CharacterSet.whitespacesAndNewlines

    /// `isASCIIMember` must name exactly the ASCII members of `set`.
    private static func trim(_ text: Substring, _ set: CharacterSet, isASCIIMember: (UInt8) -> Bool) -> String {
        let bytes = text.utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, isASCIIMember(bytes[start]) { start = bytes.index(after: start) }
        while start < end, isASCIIMember(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        guard start < end else { return "" }
        // Past the ASCII members an ASCII byte is no member, so trimming stops there.
        if bytes[start] < 0x80, bytes[bytes.index(before: end)] < 0x80 { return String(decoding: bytes[start..<end], as: UTF8.self) }
        return text.trimmingCharacters(in: set)
    }
}
