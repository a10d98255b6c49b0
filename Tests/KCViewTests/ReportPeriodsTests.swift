import KCModel
import Testing
@testable import KCView

@Suite struct ReportPeriodsTests {
    static func quarter(_ year: Int, _ startMonth: Int) -> Period {
        let endMonth = startMonth + 2
        return .duration(start: Day(year: year, month: startMonth, day: 1),
                         end: Day(year: year, month: endMonth, day: Day.daysIn(month: endMonth, year: year)))
    }

    @Test func choosesThePeriodsTheExampleHolds() throws {
        let periods = ReportPeriods(model: try TestModels.example())
        #expect(periods.label(periods.current) == "Q3 2024")
        #expect(periods.prior == Self.quarter(2024, 4))
        #expect(periods.yearAgo == Self.quarter(2023, 7))
        #expect(periods.trend.map { periods.shortLabel($0) } == ["Q3'23", "Q4'23", "Q1'24", "Q2'24", "Q3'24"])
        #expect(periods.yearToDate.map { periods.label($0) } == "9M 2024")
    }

    @Test func northwindHasNoPriorQuarterAndAHalfYear() throws {
        let periods = ReportPeriods(model: try TestModels.northwindModel())
        #expect(periods.label(periods.current) == "Q2 2025")
        #expect(periods.prior == nil)
        #expect(periods.yearAgo.map { periods.label($0) } == "Q2 2024")
        #expect(periods.yearToDate.map { periods.label($0) } == "H1 2025")
    }

    /// A full-year release has no sequential ("QoQ") comparison: the year before is the year-ago period.
    @Test func aFullYearHasNoPriorPeriod() throws {
        var model = try TestModels.example()
        let year = Period.duration(start: Day(year: 2024, month: 1, day: 1), end: Day(year: 2024, month: 12, day: 31))
        let yearBefore = Period.duration(start: Day(year: 2023, month: 1, day: 1), end: Day(year: 2023, month: 12, day: 31))
        model.document.fiscalPeriod = year
        model.document.fiscalPeriodLabel = "FY 2024"
        let at = SourceLocation(file: "t", line: 1, column: 1)
        model.facts.append(Fact(concept: "Revenues", value: 7_000_000_000, unit: .currency("CNY"), period: year, label: "Total revenues", source: at))
        model.facts.append(Fact(concept: "Revenues", value: 6_000_000_000, unit: .currency("CNY"), period: yearBefore, label: "Total revenues", source: at))
        let periods = ReportPeriods(model: model)
        #expect(periods.prior == nil)
        #expect(periods.yearAgo == yearBefore)
    }

    @Test func shiftsKeepMonthEnds() {
        #expect(ReportPeriods.shifted(Self.quarter(2024, 1), byMonths: -3) == Self.quarter(2023, 10))
        #expect(ReportPeriods.shifted(.instant(Day(year: 2024, month: 2, day: 29)), byMonths: -12) == .instant(Day(year: 2023, month: 2, day: 28)))
    }
}
