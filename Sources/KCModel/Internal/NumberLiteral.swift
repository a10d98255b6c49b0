import Foundation

/// Swift numbers from JSON number literals (already checked by `JSONReader`), giving
/// exactly what JSONDecoder gives for the same literal.
enum NumberLiteral {
    /// An `Int`: integer literals digit by digit; others (`12.0`, `1e3`) only when
    /// their value is a whole number, read through `Double` as JSONDecoder does.
    /// Nil when the value is not a whole number or does not fit.
    static func int(_ literal: UnsafeBufferPointer<UInt8>, isInteger: Bool) -> Int? {
        guard isInteger else {
            // JSONDecoder goes on to try Decimal beyond 2^53; integers that large are not
            // written with a fraction or exponent by anything that writes model files.
            guard let double = Double(String(decoding: literal, as: UTF8.self)),
                  double.magnitude < 0x1p53 else { return nil }
            return Int(exactly: double)
        }
        let isNegative = literal.first == UInt8(ascii: "-")
        var value = 0
        for byte in literal.dropFirst(isNegative ? 1 : 0) {
            let digit = Int(byte &- UInt8(ascii: "0"))
            // Accumulated negatively, so that Int.min fits.
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = shifted.subtractingReportingOverflow(digit)
            guard !overflow, !overflow2 else { return nil }
            value = sum
        }
        if isNegative { return value }
        let (positive, overflow) = (0).subtractingReportingOverflow(value)
        return overflow ? nil : positive
    }

    /// A `Decimal`, exact: never through `Double`. Nil when out of Decimal's range.
    static func decimal(_ literal: UnsafeBufferPointer<UInt8>) -> Decimal? {
        if let decimal = shortDecimal(literal) { return decimal }
        return Decimal(string: String(decoding: literal, as: UTF8.self))
    }

    /// The common case, about ten times faster than `Decimal(string:)` and bit for bit
    /// the same (tests compare them): a non-zero literal of at most 19 characters without
    /// an exponent, so its digits fit a UInt64. Nil for anything else.
    private static func shortDecimal(_ literal: UnsafeBufferPointer<UInt8>) -> Decimal? {
        guard literal.count <= 19 else { return nil }
        var significand: UInt64 = 0
        var exponent = 0
        var isNegative = false
        var inFraction = false
        for byte in literal {
            switch byte {
            case UInt8(ascii: "-"): isNegative = true
            case UInt8(ascii: "."): inFraction = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                significand = significand * 10 + UInt64(byte - UInt8(ascii: "0"))
                if inFraction { exponent -= 1 }
            default: return nil // an exponent
            }
        }
        // Zero keeps the exponent it was written with in Decimal(string:); leave it to that.
        guard significand != 0 else { return nil }
        // Decimal(string:) drops trailing zeros into the exponent: 1885574000 is 1885574e3.
        while significand % 10 == 0 {
            significand /= 10
            exponent += 1
        }
        return Decimal(sign: isNegative ? .minus : .plus, exponent: exponent, significand: Decimal(significand))
    }
}
