import Foundation

/// Reads the numbers a financial table prints: `1,234`, `(1,234)`, `-1,234`,
/// `−1,234`, `1,234.5`, `12.1%`, `(48.6)%`, with footnote markers and a
/// currency sign tolerated, and `-`, `—`, `–` meaning nil.
enum NumberParser {
    enum Cell: Equatable {
        /// No value: the cell is empty or printed as a nil mark.
        case empty
        case nilMark
        /// A number as printed; `isPercent` when it ends in `%` (the value is then the ratio).
        case number(Decimal, isPercent: Bool)
        case invalid
    }

    static let nilMarks: Set<String> = ["-", "—", "–", "−", "--", "n/a", "N/A", "nil", "—%", "-%"]
    static let superscripts: Set<Character> = ["¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁰", "*", "†", "‡"]

    static func parse(_ raw: String) -> Cell {
        if let plain = parsePlain(raw) { return plain }
        var text = raw.trimmingSpaces
        if text.isEmpty { return .empty }
        // Markdown exports print total rows in bold: "**1,234**".
        text = text.replacingAll("\\$", with: "$").replacingAll("**", with: "")
        if nilMarks.contains(text) { return .nilMark }
        // Footnote markers at the end: superscripts, "(1)".
        while let last = text.last, superscripts.contains(last) { text.removeLast() }
        text = stripTrailingFootnoteNumber(text)
        text = text.trimmingSpaces

        var negative = false
        var isPercent = false
        if text.hasSuffix("%") { isPercent = true; text.removeLast(); text = text.trimmingSpaces }
        if text.hasPrefix("(") && text.hasSuffix(")") {
            negative = true
            text = String(text.dropFirst().dropLast()).trimmingSpaces
        }
        if text.hasSuffix("%") { isPercent = true; text.removeLast() }
        if let first = text.first, first == "-" || first == "−" || first == "–" {
            if negative { return .invalid }
            negative = true
            text.removeFirst()
        }
        // A currency sign before the digits ("$1,234", "US$12").
        if let digit = text.firstIndex(where: { $0.isASCII && $0.isNumber }), digit != text.startIndex {
            let prefix = String(text[..<digit])
            guard CurrencySymbols.code(for: prefix) != nil else { return .invalid }
            text = String(text[digit...])
        }
        guard let magnitude = parseUnsigned(text) else { return .invalid }
        var value = negative ? -magnitude : magnitude
        if isPercent { value = shifted(value, by: -2) }
        return .number(value, isPercent: isPercent)
    }

    /// Most cells are plain: ASCII digits, commas and a point, maybe in parentheses
    /// or after a minus, maybe with a trailing "%". Read those straight from the bytes,
    /// with the result `parse` gives them; anything else (nil for it) takes the general path.
    static func parsePlain(_ raw: String) -> Cell? {
        var body = Array(raw.utf8)[...]
        var negative = false
        var isPercent = false
        if body.last == UInt8(ascii: "%") { isPercent = true; body = body.dropLast() }
        if body.first == UInt8(ascii: "("), body.last == UInt8(ascii: ")") {
            negative = true
            body = body.dropFirst().dropLast()
        } else if body.first == UInt8(ascii: "-") {
            negative = true
            body = body.dropFirst()
        }
        let isDigit = { (byte: UInt8) in byte >= 48 && byte <= 57 }
        guard let first = body.first, isDigit(first),
              body.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") }) else { return nil }
        guard let magnitude = parseUnsigned(String(decoding: body, as: UTF8.self)) else { return .invalid }
        var value = negative ? -magnitude : magnitude
        if isPercent { value = shifted(value, by: -2) }
        return .number(value, isPercent: isPercent)
    }

    /// Digits with optional comma grouping in threes and an optional fraction.
    /// Read on bytes: any byte other than a digit, "," or "." makes it invalid.
    static func parseUnsigned(_ text: String) -> Decimal? {
        var digits: [UInt8] = []
        var groupLengths = [0]
        var fractionLength: Int?
        for byte in text.utf8 {
            if byte >= 48 && byte <= 57 {
                digits.append(byte)
                if let length = fractionLength { fractionLength = length + 1 } else { groupLengths[groupLengths.count - 1] += 1 }
            } else if byte == UInt8(ascii: ","), fractionLength == nil {
                groupLengths.append(0)
            } else if byte == UInt8(ascii: "."), fractionLength == nil {
                fractionLength = 0
            } else {
                return nil
            }
        }
        guard groupLengths.allSatisfy({ $0 > 0 }), groupLengths.dropFirst().allSatisfy({ $0 == 3 }),
              groupLengths.count == 1 || groupLengths[0] <= 3 else { return nil }
        guard fractionLength != 0, digits.count <= 36 else { return nil }
        return decimal(digits: Substring(String(decoding: digits, as: UTF8.self)), exponent: -(fractionLength ?? 0))
    }

    /// Exact decimal from a digit string and a power of ten.
    static func decimal(digits: Substring, exponent: Int) -> Decimal? {
        // Accumulate in an integer (Decimal arithmetic per digit is slow); up to 18 digits fit.
        guard !digits.isEmpty, digits.utf8.count <= 18 else { return slowDecimal(digits: digits, exponent: exponent) }
        var significand: UInt64 = 0
        for byte in digits.utf8 {
            guard byte >= 48, byte <= 57 else { return nil }
            significand = significand * 10 + UInt64(byte - 48)
        }
        if significand == 0 { return 0 }
        return Decimal(sign: .plus, exponent: exponent, significand: Decimal(significand))
    }

    private static func slowDecimal(digits: Substring, exponent: Int) -> Decimal? {
        var significand = Decimal(0)
        for ch in digits {
            guard let d = ch.wholeNumberValue else { return nil }
            significand = significand * 10 + Decimal(d)
        }
        return shifted(significand, by: exponent)
    }

    /// `value × 10^power`, exactly.
    static func shifted(_ value: Decimal, by power: Int) -> Decimal {
        if value == 0 { return 0 }
        let magnitude = value.magnitude
        return Decimal(sign: value.sign, exponent: magnitude.exponent + power, significand: magnitude.significand)
    }

    /// "1,234 (1)" -> "1,234"; "(1,234)" is left alone.
    static func stripTrailingFootnoteNumber(_ text: String) -> String {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), open != text.startIndex else { return text }
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
        guard inner.count <= 2, inner.allSatisfy({ $0.isNumber || $0.isLetter }) else { return text }
        let before = text[..<open]
        // After a space, a digit or the parenthesis of a negative: "1,234 (1)", "1,234(1)", "(1,234)(1)".
        guard before.last == " " || before.last == ")" || before.last?.isNumber == true else { return text }
        return String(before).trimmingSpaces
    }
}
