/// The release split into lines, each kept with its 1-based number, so that
/// every later step can say where it found something.
struct SourceText {
    struct Line {
        let number: Int
        let text: String
        let isBlank: Bool
        let hasTab: Bool

        init(number: Int, text: String) {
            self.number = number
            self.text = text
            isBlank = Line.onlySpaces(text)
            hasTab = text.utf8.contains(9)
        }

        /// Only spaces and no-break spaces, checked on bytes: a combining mark
        /// that would merge with a space is itself another byte, so never blank.
        private static func onlySpaces(_ text: String) -> Bool {
            var previousC2 = false
            for byte in text.utf8 {
                if previousC2 {
                    guard byte == 0xA0 else { return false }
                    previousC2 = false
                } else if byte == 0xC2 {
                    previousC2 = true
                } else if byte != 0x20 {
                    return false
                }
            }
            return !previousC2
        }
    }

    let file: String
    let lines: [Line]
    /// Runs of consecutive non-blank lines.
    let paragraphs: [[Line]]

    init(file: String, text: String) {
        self.file = file
        // Accept \n, \r\n and \r line ends; a trailing newline adds no line.
        var lines: [Line] = []
        var number = 1
        for var line in SourceText.splitLines(text) {
            if line.hasSuffix("\r") { line.removeLast() }
            lines.append(Line(number: number, text: line))
            number += 1
        }
        if lines.count > 1, lines.last?.text.isEmpty == true { lines.removeLast() }
        self.lines = lines
        paragraphs = SourceText.paragraphs(of: lines)
    }

    /// The text split at every "\n" character, as `split(separator: "\n")` on
    /// characters does, but on bytes: a "\n" byte is a character of its own
    /// unless a "\r" precedes it (then "\r\n" is one character, not a line end).
    private static func splitLines(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var result: [String] = []
        var start = 0
        for i in bytes.indices where bytes[i] == 10 && (i == 0 || bytes[i - 1] != 13) {
            result.append(String(decoding: bytes[start..<i], as: UTF8.self))
            start = i + 1
        }
        result.append(String(decoding: bytes[start...], as: UTF8.self))
        return result
    }

    private static func paragraphs(of lines: [Line]) -> [[Line]] {
        var result: [[Line]] = []
        var current: [Line] = []
        for line in lines {
            if line.isBlank {
                if !current.isEmpty { result.append(current); current = [] }
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
