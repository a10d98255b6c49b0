/// Cleans row labels as printed and derives lookup keys and concept names from them.
enum LabelText {
    /// Dashes that mark an adjustment row ("– Share-based compensation").
    static let rowDashes: Set<Character> = ["–", "—", "-", "−", "•"]

    /// The label as a reader sees it: no markdown emphasis or escapes, no footnote
    /// markers, single spaces. Returns whether it was dash-prefixed.
    static func clean(_ raw: String) -> (label: String, dashed: Bool) {
        var text = raw.replacingOccurrences(of: "**", with: "")
            .replacingOccurrences(of: "\\$", with: "$")
            .replacingOccurrences(of: "\u{A0}", with: " ")
        text = text.trimmingCharacters(in: .whitespaces)
        var dashed = false
        if let first = text.first, rowDashes.contains(first), text.dropFirst().first == " " {
            dashed = true
            text = String(text.dropFirst()).trimmingCharacters(in: .whitespaces)
        }
        text = stripFootnoteMarkers(text)
        return (collapseSpaces(text), dashed)
    }

    /// Removes superscript markers anywhere and a trailing "(1)" / "[1]" / "*".
    static func stripFootnoteMarkers(_ text: String) -> String {
        var result = String(text.filter { !NumberParser.superscripts.contains($0) || $0 == "*" })
        while result.hasSuffix("*") { result.removeLast() }
        for (open, close) in [("(", ")"), ("[", "]")] where result.hasSuffix(close) {
            if let start = result.range(of: open, options: .backwards) {
                let inner = result[start.upperBound..<result.index(before: result.endIndex)]
                if !inner.isEmpty, inner.count <= 2, inner.allSatisfy({ $0.isNumber }) {
                    result = String(result[..<start.lowerBound])
                }
            }
        }
        return result.trimmingCharacters(in: .whitespaces)
    }

    static func collapseSpaces(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// The key labels are looked up by: lower case, plain apostrophes, no
    /// "Less:" prefix or trailing colon, the company's name as `{company}`,
    /// and the rewrites of `labelRewrites` applied.
    static func key(_ label: String, company: String?) -> String {
        var text = label.lowercased()
            .replacingOccurrences(of: "’", with: "'")
            .replacingOccurrences(of: "‘", with: "'")
        if let company, !company.isEmpty {
            text = text.replacingOccurrences(of: company.lowercased(), with: "{company}")
        }
        for prefix in ["less:", "add:", "plus:", "less ", "add "] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
            break
        }
        while text.hasSuffix(":") || text.hasSuffix(",") { text.removeLast() }
        for rewrite in labelRewrites { text = text.replacingOccurrences(of: rewrite.from, with: rewrite.to) }
        return collapseSpaces(text.trimmingCharacters(in: .whitespaces))
    }

    /// A concept name made from a label: "Adjusted free cash flow" -> `AdjustedFreeCashFlow`.
    static func derivedConcept(_ label: String) -> String {
        var name = ""
        var word = ""
        func flush() {
            guard let first = word.first else { return }
            name += first.uppercased() + word.dropFirst()
            word = ""
        }
        for ch in label {
            if ch.isLetter || ch.isNumber, ch.isASCII { word.append(ch) } else { flush() }
        }
        flush()
        if let first = name.first, first.isNumber { name = "N" + name }
        return name.isEmpty ? "Unlabelled" : name
    }
}
