import Testing
@testable import KCView

@Suite struct NiceScaleTests {
    @Test func niceNumbers() {
        #expect(NiceScale.niceNumber(471, round: false) == 500)
        #expect(NiceScale.niceNumber(0.0449, round: false) == 0.05)
        #expect(NiceScale.niceNumber(2.2, round: false) == 2.5)
        #expect(NiceScale.niceNumber(1.4, round: true) == 1)
    }

    @Test func ticksAlwaysIncludeZeroAndCoverTheRange() {
        #expect(NiceScale.ticks(low: 0, high: 1891.8) == [0, 500, 1000, 1500, 2000])
        let margins = NiceScale.ticks(low: -0.028, high: 0.171)
        #expect(margins.first == -0.05)
        #expect(margins.contains(0))
        #expect((margins.last ?? 0) >= 0.171)
        #expect(NiceScale.ticks(low: 3, high: 9).first == 0)
        #expect(NiceScale.ticks(low: 0, high: 0) == [0, 1])
    }

    @Test func decimalsToPrintTicks() {
        #expect(NiceScale.decimals(for: [0, 500, 1000]) == 0)
        #expect(NiceScale.decimals(for: [0, 0.05, 0.1]) == 2)
        #expect(NiceScale.decimals(for: [0, 2.5, 5]) == 1)
    }
}
