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
