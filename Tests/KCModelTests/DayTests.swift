import KCModel
import Testing

@Suite struct DayTests {
    @Test func periodStarts() {
        let sep30 = Day(year: 2024, month: 9, day: 30)
        #expect(sep30.startOfPeriod(months: 3) == Day(year: 2024, month: 7, day: 1))
        #expect(sep30.startOfPeriod(months: 9) == Day(year: 2024, month: 1, day: 1))
        #expect(Day(year: 2024, month: 3, day: 31).startOfPeriod(months: 12) == Day(year: 2023, month: 4, day: 1))
        #expect(Day(year: 2024, month: 2, day: 29).startOfPeriod(months: 3) == Day(year: 2023, month: 12, day: 1))
        // A period that does not end on a month end starts the day after the same date earlier.
        #expect(Day(year: 2024, month: 9, day: 28).startOfPeriod(months: 3) == Day(year: 2024, month: 6, day: 29))
    }

    @Test func neighbours() {
        #expect(Day(year: 2024, month: 1, day: 1).previous == Day(year: 2023, month: 12, day: 31))
        #expect(Day(year: 2024, month: 3, day: 1).previous == Day(year: 2024, month: 2, day: 29))
        #expect(Day(year: 2023, month: 12, day: 31).next == Day(year: 2024, month: 1, day: 1))
    }

    @Test func isoParsing() {
        #expect(Day(iso: "2024-09-30") == Day(year: 2024, month: 9, day: 30))
        #expect(Day(iso: "2023-02-29") == nil)
        #expect(Day(iso: "2024-9-30") == nil)
        #expect(Day(year: 2024, month: 9, day: 1).description == "2024-09-01")
    }

    @Test func periodMonths() {
        let q = Period.duration(start: Day(year: 2024, month: 7, day: 1), end: Day(year: 2024, month: 9, day: 30))
        #expect(q.months == 3)
        #expect(Period.instant(Day(year: 2024, month: 9, day: 30)).months == nil)
    }
}
