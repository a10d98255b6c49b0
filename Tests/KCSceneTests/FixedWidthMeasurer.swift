import KCScene

/// A measurer for layout tests: every character is `advance` ems wide, lines break at spaces,
/// and the characters in `missing` have no glyph.
struct FixedWidthMeasurer: TextMeasurer {
    var advance = 0.55
    var missing: Set<Character> = []

    func measure(_ text: String, style: TextStyle) throws -> TextMeasure {
        TextMeasure(width: Double(text.count) * advance * style.size, missing: text.filter { missing.contains($0) }.map { $0 })
    }

    func lines(_ text: String, style: TextStyle, width: Double) throws -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if !line.isEmpty, Double(candidate.count) * advance * style.size > width {
                lines.append(line)
                line = String(word)
            } else {
                line = candidate
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    func metrics(_ style: TextStyle) throws -> FontMetrics {
        FontMetrics(ascent: style.size * 0.8, descent: style.size * 0.2)
    }
}
