/// Cleans row labels as printed and derives lookup keys and concept names from them.
enum LabelText {
    /// Dashes that mark an adjustment row ("– Share-based compensation").
    static let rowDashes: Set<Character> = ["–", "—", "-", "−", "•"]

    /// The label as a reader sees it: no markdown emphasis or escapes, no footnote
    /// markers, single spaces. Returns whether it was dash-prefixed.
    static func clean(_ raw: String) -> (label: String, dashed: Bool) {
        if isPlain(raw) { return (raw, false) }
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

    static let footnoteBrackets: [(open: Character, close: String)] = [("(", ")"), ("[", "]")]

    /// Plain ASCII with nothing to clean: no emphasis, escapes, tabs, leading dash, double
    /// or edge spaces, nor a trailing bracket or star that could be a footnote marker.
    /// Most labels are, and skip the general path.
    static func isPlain(_ raw: String) -> Bool {
        let bytes = raw.utf8
        guard let first = bytes.first, let last = bytes.last, first != 32, last != 32,
              first != UInt8(ascii: "-"), last != UInt8(ascii: ")"), last != UInt8(ascii: "]"), last != UInt8(ascii: "*") else { return false }
        var previousSpace = false
        for byte in bytes {
            if byte >= 0x80 || byte < 32 || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "\\") { return false }
            let space = byte == 32
            if space && previousSpace { return false }
            previousSpace = space
        }
        return true
    }

    /// Removes superscript markers anywhere and a trailing "(1)" / "[1]" / "*".
    static func stripFootnoteMarkers(_ text: String) -> String {
        // Superscript markers are never ASCII; most labels are, and skip the filter.
        let ascii = text.utf8.allSatisfy { $0 < 0x80 }
        var result = ascii ? text : String(text.filter { !NumberParser.superscripts.contains($0) || $0 == "*" })
        while result.hasSuffix("*") { result.removeLast() }
        for (open, close) in footnoteBrackets where result.hasSuffix(close) {
            // The last bracket as a Character: what NSString's backwards `range(of:)` found, without bridging.
            if let start = result.lastIndex(of: open) {
                let inner = result[result.index(after: start)..<result.index(before: result.endIndex)]
                if !inner.isEmpty, inner.count <= 2, inner.allSatisfy({ $0.isNumber }) {
                    result = String(result[..<start])
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
    static let rewriteBytes = labelRewrites.map { (from: Array($0.from.utf8), to: Array($0.to.utf8), uses: ByteSet($0.from.utf8)) }

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
        // A rewrite needing a byte the text lacks cannot apply: most are skipped without a search.
        var present = ByteSet(bytes)
        for rewrite in LabelText.rewriteBytes where present.contains(rewrite.uses) {
            if Bytes.replace(rewrite.from, with: rewrite.to, in: &bytes) { present = ByteSet(bytes) }
        }
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

/// The set of byte values in some text, as a 256-bit mask.
struct ByteSet {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init<S: Sequence<UInt8>>(_ bytes: S) {
        for byte in bytes {
            let bit = UInt64(1) << UInt64(byte & 63)
            switch byte >> 6 {
            case 0: words.0 |= bit
            case 1: words.1 |= bit
            case 2: words.2 |= bit
            default: words.3 |= bit
            }
        }
    }

    /// Whether every byte of `other` is in this set.
    func contains(_ other: ByteSet) -> Bool {
        other.words.0 & ~words.0 == 0 && other.words.1 & ~words.1 == 0
            && other.words.2 & ~words.2 == 0 && other.words.3 & ~words.3 == 0
    }
}
