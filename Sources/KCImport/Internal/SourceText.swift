/// The release split into lines, each kept with its 1-based number, so that
/// every later step can say where it found something.
struct SourceText {
    struct Line {
        let number: Int
        let text: String
        var isBlank: Bool { text.allSatisfy { $0 == " " || $0 == "\u{A0}" } }
        var hasTab: Bool { text.contains("\t") }
    }

    let file: String
    let lines: [Line]

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
    }

    func location(line: Int, column: Int = 1) -> KCModelLocation {
        KCModelLocation(file: file, line: line, column: column)
    }

    /// Runs of consecutive non-blank lines.
    var paragraphs: [[Line]] {
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
