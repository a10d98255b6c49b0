/// Text and numbers for Cairo's tag and outline attribute strings, written the same
/// whatever the process's locale (a decimal point, never a comma).
enum CairoAttribute {
    /// A value for a single-quoted attribute: backslashes and quotes escaped.
    static func quoted(_ value: String) -> String {
        var out = ""
        for character in value {
            if character == "\\" || character == "'" { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// A number with up to two decimals: "12.5", "-3", "0.25".
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        let digits = fraction < 10 ? "0\(fraction)" : "\(fraction)"
        return "\(sign)\(whole).\(digits.hasSuffix("0") ? String(digits.dropLast()) : digits)"
    }
}
