import Foundation
import Testing
@testable import KCView

@Suite struct DisplayFormatTests {
    let rmb = DisplayFormat(currency: "CNY")

    @Test func amountsInProseAndTables() {
        #expect(rmb.prose(1_885_574_000) == "RMB1,885.6 million")
        #expect(rmb.table(1_885_574_000) == "1,885.6")
        #expect(rmb.table(-1_061_066_000) == "(1,061.1)")
        #expect(rmb.table(nil) == "—")
        #expect(rmb.signed(-1_061_066_000) == "−1,061.1")
        #expect(rmb.prose(-45_402_000) == "RMB45.4 million")
        #expect(rmb.unitNote == "RMB in millions")
    }

    @Test func roundsHalfAwayFromZero() {
        #expect(rmb.table(50_000) == "0.1")
        #expect(rmb.table(-50_000) == "(0.1)")
        #expect(rmb.table(1_234_449_999) == "1,234.4")
        #expect(DisplayFormat.grouped(Decimal(string: "999999.95") ?? 0, places: 1) == "1,000,000.0")
        #expect(DisplayFormat.percent(Decimal(string: "0.1605") ?? 0) == "16.1%")
    }

    /// Grouping works on the digits of the rounded value; Decimal arithmetic (the reference
    /// below) gives the same text for every size, scale and number of places.
    @Test func groupingMatchesDecimalArithmetic() {
        var seed: UInt64 = 42
        func next() -> UInt64 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return seed >> 11
        }
        var values: [Decimal] = [0, 1, 9, 10, 999, 1000, 999_999, 1_000_000, Decimal(string: "0.05") ?? 0, Decimal(string: "0.5") ?? 0,
                                 Decimal(string: "999.995") ?? 0, Decimal(string: "123456789012345678.25") ?? 0]
        for _ in 0..<2000 {
            values.append(Decimal(sign: .plus, exponent: -Int(next() % 8), significand: Decimal(next() % 10_000_000_000_000)))
        }
        for value in values {
            for places in 0...3 {
                #expect(DisplayFormat.grouped(value, places: places) == referenceGrouped(value, places: places), "\(value) at \(places)")
            }
        }
    }

    /// The grouping as Decimal arithmetic does it, digit group by digit group.
    private func referenceGrouped(_ value: Decimal, places: Int) -> String {
        let shown = DisplayFormat.rounded(abs(value), places: places)
        var whole = shown
        var truncated = Decimal()
        NSDecimalRound(&truncated, &whole, 0, .down)
        var digits = "\(truncated)"
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        grouped = digits + grouped
        guard places > 0 else { return grouped }
        var scaled = shown - truncated
        for _ in 0..<places { scaled *= 10 }
        var fraction = "\(DisplayFormat.rounded(scaled, places: 0))"
        while fraction.count < places { fraction = "0" + fraction }
        return grouped + "." + fraction
    }

    @Test func growthAndItsMeaninglessCases() {
        #expect(DisplayFormat.growth(1_885_574, from: 1_625_208) == "+16.0%")
        #expect(DisplayFormat.growth(1_175_535, from: 1_234_542) == "−4.8%")
        #expect(DisplayFormat.growth(185_393, from: -45_402) == "n/m")
        #expect(DisplayFormat.growth(5, from: 0) == "n/m")
        #expect(DisplayFormat.growth(-236_696, from: -313_281) == "+24.4%")
        #expect(DisplayFormat.growth(5, from: nil) == "—")
        #expect(DisplayFormat.growth(100, from: 100) == "0.0%")
    }

    @Test func marginChangesInPercentagePoints() {
        #expect(DisplayFormat.points(Decimal(string: "0.161"), from: Decimal(string: "0.121")) == "+4.0 pp")
        #expect(DisplayFormat.points(Decimal(string: "0.161"), from: Decimal(string: "0.168")) == "−0.7 pp")
        #expect(DisplayFormat.points(Decimal(string: "0.1"), from: Decimal(string: "0.1")) == "0.0 pp")
    }

    @Test func translatedAtTheConvenienceRate() {
        let usd = DisplayFormat(currency: "USD", divisor: Decimal(string: "7.0176") ?? 1)
        #expect(usd.prose(1_885_574_000) == "US$268.7 million")
        #expect(usd.unitNote == "US$ in millions")
    }
}
