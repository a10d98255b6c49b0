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
            isBlank = text.allSatisfy { $0 == " " || $0 == "\u{A0}" }
            hasTab = text.utf8.contains(9)
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
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(raw)
            if line.hasSuffix("\r") { line.removeLast() }
            lines.append(Line(number: number, text: line))
            number += 1
        }
        if lines.count > 1, lines.last?.text.isEmpty == true { lines.removeLast() }
        self.lines = lines
        paragraphs = SourceText.paragraphs(of: lines)
    }

    func location(line: Int, column: Int = 1) -> KCModelLocation {
        KCModelLocation(file: file, line: line, column: column)
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
