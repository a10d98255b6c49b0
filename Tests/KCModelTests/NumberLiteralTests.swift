import Foundation
@testable import KCModel
import KCTestSupport
import Testing

/// Decimals from JSON literals are exact and bit for bit what `Decimal(string:)` (and so
/// JSONDecoder) gives; integers are what JSONDecoder accepts.
@Suite struct NumberLiteralTests {
    static func decimal(_ literal: String) -> Decimal? {
        var literal = literal
        return literal.withUTF8 { NumberLiteral.decimal($0) }
    }

    static func int(_ literal: String) -> Int? {
        var literal = literal
        let isInteger = !literal.contains { ".eE".contains($0) }
        return literal.withUTF8 { NumberLiteral.int($0, isInteger: isInteger) }
    }

    static func bits(_ decimal: Decimal?) -> [UInt8]? {
        decimal.map { value in withUnsafeBytes(of: value) { Array($0) } }
    }

    @Test func decimalsAreExact() {
        #expect(Self.decimal("7.0176")?.description == "7.0176")
        #expect(Self.decimal("0.161")?.description == "0.161")
        #expect(Self.decimal("16696584000")?.description == "16696584000")
        #expect(Self.decimal("-0.29")?.description == "-0.29")
        #expect(Self.decimal("123456789012345678901234567890")?.description == "123456789012345678901234567890")
        #expect(Self.decimal("1e400") == nil)
    }

    /// Random literals of every shape the fast path takes and the shapes beside it.
    @Test func decimalsMatchDecimalFromString() {
        var random = SeededGenerator(seed: 20_241_119)
        var literals = ["0", "-0", "0.0", "0.000", "1", "-1", "10", "100", "1.50", "0.5", "9999999999999999999",
                        "1000000000000000000", "-999999999999999999", "0.0000000000000000001", "1e3", "1E+2", "2.5e-3"]
        for _ in 0..<20_000 {
            let digits = Int(random.next() % 19) + 1
            var text = String((0..<digits).map { _ in Character(String(random.next() % 10)) })
            while text.count > 1, text.hasPrefix("0") { text.removeFirst() }
            if random.next() % 2 == 0, text.count > 1 {
                let point = Int(random.next() % UInt64(text.count - 1)) + 1
                text.insert(".", at: text.index(text.startIndex, offsetBy: point))
                if text.hasPrefix(".") { text = "0" + text }
            }
            if random.next() % 3 == 0 { text = "-" + text }
            literals.append(text)
        }
        for literal in literals {
            #expect(Self.bits(Self.decimal(literal)) == Self.bits(Decimal(string: literal)), "\(literal)")
        }
    }

    @Test func integers() {
        #expect(Self.int("0") == 0)
        #expect(Self.int("-0") == 0)
        #expect(Self.int("238") == 238)
        #expect(Self.int("9223372036854775807") == Int.max)
        #expect(Self.int("-9223372036854775808") == Int.min)
        #expect(Self.int("9223372036854775808") == nil)
        #expect(Self.int("-9223372036854775809") == nil)
        #expect(Self.int("12.0") == 12)
        #expect(Self.int("1e2") == 100)
        #expect(Self.int("1.5") == nil)
        #expect(Self.int("1e300") == nil)
    }
}
