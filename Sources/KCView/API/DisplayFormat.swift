import Foundation

/// The one place figures become text: currency and scale, thousands separators,
/// negatives, growth, percentage points. Money stays `Decimal`; rounding is half
/// away from zero.
public struct DisplayFormat: Sendable, Hashable {
    /// ISO 4217 code of the currency figures are shown in.
    public var currency: String
    /// Units of the reporting currency per unit of the display currency (1 when they are the same).
    public var divisor: Decimal
    /// Whole units per displayed unit (1,000,000 for "in millions").
    public var scale: Decimal
    /// The scale's word in prose ("million").
    public var scaleWord: String

    public init(currency: String, divisor: Decimal = 1, scale: Decimal = 1_000_000, scaleWord: String = "million") {
        self.currency = currency
        self.divisor = divisor
        self.scale = scale
        self.scaleWord = scaleWord
    }

    /// The minus sign used outside tables (U+2212).
    public static let minus = "\u{2212}"
    /// What a cell shows when there is no figure.
    public static let missing = "\u{2014}"
    /// What a change shows when it has no meaning (sign change, zero base).
    public static let notMeaningful = "n/m"

    /// How a currency is written before an amount: RMB, US$, HK$; else the code and a space.
    public static func symbol(_ code: String) -> String {
        switch code {
        case "CNY": return "RMB"
        case "USD": return "US$"
        case "HKD": return "HK$"
        case "EUR": return "€"
        case "GBP": return "£"
        case "JPY": return "JP¥"
        default: return code + " "
        }
    }

    /// "RMB", "US$".
    public var symbol: String { DisplayFormat.symbol(currency) }

    /// "RMB in millions".
    public var unitNote: String {
        let name = symbol.trimmingCharacters(in: .whitespaces)
        return "\(name) in \(scaleWord)s"
    }

    /// A reporting-currency amount in display units (millions of the display currency), exact.
    public func displayed(_ value: Decimal) -> Decimal {
        let converted = divisor == 1 ? value : value / divisor
        // Decimal division is slow; a power-of-ten scale only moves the exponent, exactly.
        if let places = DisplayFormat.powerOfTen(scale) { return Decimal(sign: .plus, exponent: -places, significand: converted) }
        return converted / scale
    }

    /// k when `value` is 10^k for a scale a release uses (ones to billions), else nil.
    static func powerOfTen(_ value: Decimal) -> Int? {
        powersOfTen.firstIndex(of: value)
    }

    private static let powersOfTen: [Decimal] = (0...9).map { Decimal(sign: .plus, exponent: $0, significand: 1) }

    /// "RMB1,885.6 million" for the magnitude of `value` (prose says "loss of …" itself).
    public func prose(_ value: Decimal) -> String {
        "\(symbol)\(DisplayFormat.grouped(abs(displayed(value)), places: 1)) \(scaleWord)"
    }

    /// "1,885.6", "(1,061.1)" for tables; the dash for a missing figure.
    public func table(_ value: Decimal?) -> String {
        guard let value else { return DisplayFormat.missing }
        let shown = DisplayFormat.rounded(displayed(value), places: 1)
        let text = DisplayFormat.grouped(abs(shown), places: 1)
        return shown < 0 ? "(\(text))" : text
    }

    /// "1,885.6", "−1,061.1" for tiles and charts.
    public func signed(_ value: Decimal) -> String {
        let shown = DisplayFormat.rounded(displayed(value), places: 1)
        let text = DisplayFormat.grouped(abs(shown), places: 1)
        return shown < 0 ? DisplayFormat.minus + text : text
    }

    /// "16.1%" for a ratio (0.161); "−2.8%" when negative.
    public static func percent(_ ratio: Decimal, places: Int = 1) -> String {
        let shown = rounded(ratio * 100, places: places)
        let text = grouped(abs(shown), places: places) + "%"
        return shown < 0 ? minus + text : text
    }

    /// "+16.0%", "−4.8%", or "n/m" when the base is zero or the sign changed.
    public static func growth(_ current: Decimal?, from base: Decimal?) -> String {
        guard let ratio = growthRatio(current, from: base) else {
            return current == nil || base == nil ? missing : notMeaningful
        }
        return signedPercent(ratio)
    }

    /// The change relative to the base's magnitude; nil when it has no meaning.
    public static func growthRatio(_ current: Decimal?, from base: Decimal?) -> Decimal? {
        guard let current, let base, base != 0 else { return nil }
        if (current < 0) != (base < 0) && current != 0 { return nil }
        return (current - base) / abs(base)
    }

    /// "+4.0 pp", "−0.7 pp": the change between two ratios in percentage points.
    public static func points(_ current: Decimal?, from base: Decimal?) -> String {
        guard let current, let base else { return missing }
        let shown = rounded((current - base) * 100, places: 1)
        let text = grouped(abs(shown), places: 1) + " pp"
        if shown == 0 { return text }
        return (shown < 0 ? minus : "+") + text
    }

    /// "+16.0%" for a ratio of 0.16; no sign for zero.
    public static func signedPercent(_ ratio: Decimal) -> String {
        let shown = rounded(ratio * 100, places: 1)
        let text = grouped(abs(shown), places: 1) + "%"
        if shown == 0 { return text }
        return (shown < 0 ? minus : "+") + text
    }

    /// Rounds half away from zero to `places` decimals.
    public static func rounded(_ value: Decimal, places: Int) -> Decimal {
        var magnitude = abs(value)
        var result = Decimal()
        NSDecimalRound(&result, &magnitude, places, .plain)
        return value < 0 ? -result : result
    }

    /// A non-negative number with thousands separators and exactly `places` decimals, rounded half away from zero.
    public static func grouped(_ value: Decimal, places: Int) -> String {
        // Rounded to `places`, a Decimal's description is plain digits with at most `places`
        // decimals ("1885.6"); grouping and padding its bytes costs far less than Decimal arithmetic.
        let digits = Array(rounded(abs(value), places: places).description.utf8)
        let point = digits.firstIndex(of: UInt8(ascii: ".")) ?? digits.count
        var out: [UInt8] = []
        out.reserveCapacity(point + point / 3 + max(places, 0) + 1)
        for offset in 0..<point {
            if offset > 0 && (point - offset) % 3 == 0 { out.append(UInt8(ascii: ",")) }
            out.append(digits[offset])
        }
        if places > 0 {
            out.append(UInt8(ascii: "."))
            let fraction = digits.dropFirst(point + 1).prefix(places)
            out.append(contentsOf: fraction)
            out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: places - fraction.count))
        }
        return String(decoding: out, as: UTF8.self)
    }
}
