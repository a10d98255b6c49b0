/// Cleans row labels as printed and derives lookup keys and concept names from them.
enum LabelText {
    /// Dashes that mark an adjustment row ("– Share-based compensation").
    static let rowDashes: Set<Character> = ["–", "—", "-", "−", "•"]

    /// The label as a reader sees it: no markdown emphasis or escapes, no footnote
    /// markers, single spaces. Returns whether it was dash-prefixed.
    static func clean(_ raw: String) -> (label: String, dashed: Bool) {
        var text = raw.replacingAll("**", with: "")
            .replacingAll("\\$", with: "$")
            .replacingAll("\u{A0}", with: " ")
        text = text.trimmingSpaces
        var dashed = false
        if let first = text.first, rowDashes.contains(first), text.dropFirst().first == " " {
            dashed = true
            text = String(text.dropFirst()).trimmingSpaces
        }
        text = stripFootnoteMarkers(text)
        return (collapseSpaces(text), dashed)
    }

    /// Removes superscript markers anywhere and a trailing "(1)" / "[1]" / "*".
    static func stripFootnoteMarkers(_ text: String) -> String {
        // Superscript markers are never ASCII; most labels are, and skip the filter.
        let ascii = text.utf8.allSatisfy { $0 < 0x80 }
        var result = ascii ? text : String(text.filter { !NumberParser.superscripts.contains($0) || $0 == "*" })
        while result.hasSuffix("*") { result.removeLast() }
        for (open, close) in [("(", ")"), ("[", "]")] where result.hasSuffix(close) {
            if let start = result.range(of: open, options: .backwards) {
                let inner = result[start.upperBound..<result.index(before: result.endIndex)]
                if !inner.isEmpty, inner.count <= 2, inner.allSatisfy({ $0.isNumber }) {
                    result = String(result[..<start.lowerBound])
                }
            }
        }
        return result.trimmingSpaces
    }

    static func collapseSpaces(_ text: String) -> String {
        var previousSpace = true
        var needsWork = false
        for byte in text.utf8 {
            let space = byte == 32 || byte == 9
            if byte == 9 || (space && previousSpace) { needsWork = true; break }
            previousSpace = space
        }
        if !needsWork && !previousSpace { return text }
        return text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// The key labels are looked up by: lower case, plain apostrophes, no
    /// "Less:" prefix or trailing colon, the company's name as `{company}`,
    /// and the rewrites of `labelRewrites` applied.
    static let rewriteBytes = labelRewrites.map { (from: Array($0.from.utf8), to: Array($0.to.utf8)) }

    static func key(_ label: String, company: String?) -> String {
        var text = label.lowercased()
            .replacingAll("’", with: "'")
            .replacingAll("‘", with: "'")
        if let company, !company.isEmpty {
            text = text.replacingAll(company.lowercased(), with: "{company}")
        }
        for prefix in ["less:", "add:", "plus:", "less ", "add "] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
            break
        }
        while text.hasSuffix(":") || text.hasSuffix(",") { text.removeLast() }
        var bytes = Array(text.utf8)
        for rewrite in LabelText.rewriteBytes { Bytes.replace(rewrite.from, with: rewrite.to, in: &bytes) }
        return collapseSpaces(String(decoding: bytes, as: UTF8.self).trimmingSpaces)
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
