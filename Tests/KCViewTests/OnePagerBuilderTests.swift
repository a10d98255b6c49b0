import KCModel
import Testing
@testable import KCView

@Suite struct OnePagerBuilderTests {
    @Test func theExampleKPIsAndTable() throws {
        let view = try OnePagerBuilder(model: try TestModels.example(), checks: nil).build().view
        #expect(view.header.title == "Q3 2024 Earnings Summary")
        #expect(view.header.periodEnd == "Quarter ended September 30, 2024")
        let revenue = try #require(view.kpis.first)
        #expect(revenue.value == "1,885.6")
        #expect(revenue.changeSummary == "+16.0% YoY, −0.3% QoQ")
        #expect(view.kpis.map(\.label) == ["Total revenues", "Gross profit", "Adjusted EBITDA", "Net loss", "Adjusted net loss", "Operating cash flow", "Cash and equivalents"])
        #expect(view.incomeStatement.columns.map(\.label) == ["Q3 2024", "Q2 2024", "Q3 2023", "YoY", "QoQ"])
        let net = try #require(view.incomeStatement.rows.first { $0.label == "Net loss" })
        #expect(net.cells.map(\.text) == ["(1,061.1)", "(353.7)", "(789.7)", "−34.4%", "−200.0%"])
        let margin = try #require(view.incomeStatement.rows.first { $0.label == "Gross margin" })
        #expect(margin.cells.map(\.text) == ["16.1%", "16.8%", "12.1%", "+4.0 pp", "−0.7 pp"])
        #expect(view.footnotes.checks.notRun)
        #expect(view.footnotes.rounding)
        #expect(view.quote == nil)
    }

    @Test func highlightsChosenByRules() throws {
        let highlights = try OnePagerBuilder(model: try TestModels.example(), checks: nil).build().view.highlights
        #expect(highlights.first?.growth?.subject == "Total revenues")
        #expect(highlights.first?.growth?.change == "16.0%")
        #expect(highlights.contains { $0.margin?.points == "4.0" && $0.margin?.up == true })
        #expect(highlights.contains { $0.turn?.subject == "Adjusted EBITDA" && $0.turn?.positive == true })
        #expect(highlights.contains { $0.charge?.charge == "impairment of long-lived assets" && $0.charge?.chargeAmount == "RMB919.7 million" })
        #expect(highlights.count <= OnePagerBuilder.highlightLimit)
    }

    @Test func checkSummaryInTheFootnote() throws {
        let summary = CheckSummary(run: 58, passed: 58, failed: 0, skipped: 0, errors: 0, warnings: 0, errorMessages: [])
        let checks = try OnePagerBuilder(model: try TestModels.example(), checks: summary).build().view.footnotes.checks
        #expect(checks.passed && !checks.notRun && checks.countPhrase == "58 checks")
    }

    @Test func displayInUSDollarsAtTheConvenienceRate() throws {
        let view = try OnePagerBuilder(model: try TestModels.example(), checks: nil, options: ViewOptions(displayCurrency: "US$")).build().view
        #expect(view.kpis.first?.amount == "US$268.7 million")
        #expect(view.incomeStatement.unitNote == "US$ in millions")
        #expect(view.header.currencyNote == "US$ in millions, translated from RMB at the release's convenience rate of RMB7.0176 to US$1.00")
        #expect(view.footnotes.convenienceRate?.usedForDisplay == true)
        #expect(view.kpis.first?.changeSummary == "+16.0% YoY, −0.3% QoQ")
    }

    @Test func aCurrencyWithoutARateIsAnError() throws {
        #expect(throws: ViewError("cannot show figures in EUR: the release reports in CNY and gives no convenience rate to EUR")) {
            try OnePagerBuilder(model: try TestModels.example(), checks: nil, options: ViewOptions(displayCurrency: "EUR"))
        }
    }

    @Test func northwindWithoutPriorQuarter() throws {
        let pager = try OnePagerBuilder(model: try TestModels.northwindModel(), checks: nil).build()
        #expect(pager.view.incomeStatement.columns.map(\.label) == ["Q2 2025", "Q2 2024", "YoY"])
        #expect(pager.view.kpis.first?.amount == "US$373.6 million")
        #expect(pager.view.quote?.speaker == "Jane Doe")
        let licensing = try #require(pager.view.incomeStatement.rows.first { $0.label == "Data licensing" })
        #expect(licensing.cells.map(\.text) == ["12.3", "—", "—"])
        #expect(pager.charts.first?.categories == ["Q2'24", "Q3'24", "Q4'24", "Q1'25", "Q2'25"])
    }
}
