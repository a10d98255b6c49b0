import KCView

/// Sets text for the layout through a `TextMeasurer`: single runs, wrapped paragraphs,
/// and text shrunk to fit. Text with characters no font has is an error, unless the
/// caller asks to be told instead (optional text such as a name in another script).
struct TextSetter {
    let measurer: any TextMeasurer
    let diagnostics: Diagnostics

    /// The characters of `text` that no font has; empty when every one can be drawn.
    func missing(_ text: String, style: TextStyle) throws -> [Character] {
        try measurer.measure(text, style: style).missing
    }

    /// One line of text with its baseline at `y`; throws when a character has no glyph.
    func run(_ text: String, style: TextStyle, x: Double, y: Double, anchor: TextAnchor = .start) throws -> TextRun {
        let measure = try measurer.measure(text, style: style)
        guard measure.missing.isEmpty else { throw TextSetter.missingGlyphs(text, measure.missing) }
        return TextRun(text: text, x: x, y: y, anchor: anchor, width: measure.width, style: style)
    }

    /// Advance width of `text` on one line.
    func width(_ text: String, style: TextStyle) throws -> Double {
        try measurer.measure(text, style: style).width
    }

    func metrics(_ style: TextStyle) throws -> FontMetrics {
        try measurer.metrics(style)
    }

    /// `text` wrapped to `width`, the first baseline one ascent below `top`, lines `leading` apart.
    /// Returns the runs and the height used (top to the last line's descent).
    func paragraph(_ text: String, style: TextStyle, x: Double, top: Double, width: Double, leading: Double,
                   anchor: TextAnchor = .start) throws -> (runs: [TextRun], height: Double) {
        let lines = try measurer.lines(text, style: style, width: width)
        let metrics = try measurer.metrics(style)
        var runs: [TextRun] = []
        var baseline = top + metrics.ascent
        for line in lines {
            var run = try self.run(line, style: style, x: x, y: baseline, anchor: anchor)
            if run.width > width + 0.01 {
                diagnostics.warn("“\(line)” is wider than its \(TextSetter.points(width)) pt column even on a line of its own")
                run.style = style.sized(style.size * width / run.width)
                run.width = width
            }
            runs.append(run)
            baseline += leading
        }
        let height = lines.isEmpty ? 0 : (baseline - leading) + metrics.descent - top
        return (runs, height)
    }

    /// The largest size from `style.size` down to `minimum` (in steps of `step`) at which `text`
    /// takes at most `maxLines` lines of `width`; `minimum` when none does.
    func fittingSize(_ text: String, style: TextStyle, width: Double, minimum: Double, maxLines: Int, step: Double = 0.5) throws -> Double {
        var size = style.size
        while size > minimum {
            if try measurer.lines(text, style: style.sized(size), width: width).count <= maxLines { return size }
            size -= step
        }
        return minimum
    }

    static func missingGlyphs(_ text: String, _ missing: [Character]) -> LayoutError {
        let list = missing.map { character in
            let code = character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
            return "“\(character)” (\(code))"
        }.joined(separator: ", ")
        return LayoutError("no font in the fonts folder has \(list), needed for “\(text)”; add a font that has it to Fonts/ (scripts/setup.sh installs Inter and Droid Sans Fallback, a CJK font)")
    }

    /// A length for a message: "12.5".
    static func points(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }
}
