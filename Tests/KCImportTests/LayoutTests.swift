import Foundation
import KCModel
import Testing
@testable import KCImport

// The importer must read any release laid out like an earnings release, not just
// the seed. These tests feed it invented releases (Fixtures/*.txt) that vary one
// layout trait at a time — scale, nil marks, footnote markers, header shapes,
// column order, markdown — plus broken inputs whose diagnostics must say what is
// wrong and where.

// MARK: - Helpers

private func day(_ year: Int, _ month: Int, _ day: Int) -> Day {
    Day(year: year, month: month, day: day)
}

private func span(_ start: Day, _ end: Day) -> Period {
    .duration(start: start, end: end)
}

/// An exact decimal from its printed form ("-0.25"); NaN (equal to no fact) for a typo.
private func exact(_ text: String) -> Decimal {
    Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan
}

/// One fact a fixture must yield — or, with `value` nil, must not yield.
struct ExpectedFact: Sendable, CustomTestStringConvertible {
    var concept: String
    var period: Period
    var member: String?
    var value: Decimal?
    var unit: KCModel.Unit

    init(_ concept: String, _ period: Period, member: String? = nil, _ value: Decimal?, _ unit: KCModel.Unit = .currency("USD")) {
        self.concept = concept
        self.period = period
        self.member = member
        self.value = value
        self.unit = unit
    }

    var testDescription: String {
        "\(concept)\(member.map { "[\($0)]" } ?? "") \(period) = \(value.map { "\($0)" } ?? "none") \(unit)"
    }

    func check(in result: ImportResult, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        guard let model = result.model else {
            Issue.record("no model; diagnostics: \(result.diagnostics.map(\.description))", sourceLocation: sourceLocation)
            return
        }
        let fact = model.fact(concept, period, member: member)
        if let value {
            #expect(fact?.value == value, "\(testDescription)", sourceLocation: sourceLocation)
            #expect(fact?.unit == unit, "\(testDescription)", sourceLocation: sourceLocation)
        } else {
            #expect(fact == nil, "expected no fact for \(testDescription), found \(fact.map { "\($0.value)" } ?? "")",
                    sourceLocation: sourceLocation)
        }
    }
}

private let q2of2025 = span(day(2025, 4, 1), day(2025, 6, 30))
private let q2of2024 = span(day(2024, 4, 1), day(2024, 6, 30))
private let h1of2025 = span(day(2025, 1, 1), day(2025, 6, 30))
private let h1of2024 = span(day(2024, 1, 1), day(2024, 6, 30))
private let june2025 = Period.instant(day(2025, 6, 30))
private let december2024 = Period.instant(day(2024, 12, 31))

private let northwind = LayoutFixture.load("northwind-2025q2.txt")

// MARK: - Northwind: another company, US$ in millions, current period first

@Suite("Layout: Northwind, a US$ release in millions")
struct NorthwindLayoutTests {
    @Test("reads what the release is: company, tickers, period, currency, scale")
    func document() throws {
        #expect(northwind.errors.isEmpty, "\(northwind.errors.map(\.description))")
        #expect(northwind.warnings.isEmpty, "\(northwind.warnings.map(\.description))")
        let model = try #require(northwind.model)
        let document = model.document
        #expect(document.company == "Northwind Data Holdings Inc.")
        #expect(document.tickers == [Ticker(exchange: "NYSE", symbol: "NWD")])
        #expect(document.fiscalPeriodLabel == "Q2 2025")
        #expect(document.fiscalPeriod == q2of2025)
        #expect(document.releaseDate == day(2025, 8, 6))
        #expect(document.reportingCurrency == "USD")
        #expect(document.scale == 1_000_000)
        #expect(document.convenienceRate == nil)
        #expect(document.headline == "Northwind Data Holdings Reports Second Quarter 2025 Financial Results")
        #expect(document.sourceFile == "northwind-2025q2.txt")
    }

    @Test("reads the four tables, current period first, into the right periods")
    func columns() throws {
        let model = try #require(northwind.model)
        #expect(model.statements.map(\.id) == ["income-statement", "balance-sheet", "cash-flow", "reconciliation"])
        let income = try #require(model.statements.first { $0.kind == .incomeStatement })
        // "Three Months Ended" / "June 30," printed once over two years / "2025  2024".
        #expect(income.columns.map(\.period) == [q2of2025, q2of2024, h1of2025, h1of2024])
        #expect(income.columns.allSatisfy { $0.currency == "USD" && !$0.isConvenienceTranslation })
        #expect(income.scale == 1_000_000)
        #expect(income.scaleNote == "(In millions of US$, except per share data)", "a later '(Unaudited)' must not replace the scale note")
        let balance = try #require(model.statements.first { $0.kind == .balanceSheet })
        #expect(balance.columns.map(\.period) == [june2025, december2024])
        let cashFlow = try #require(model.statements.first { $0.kind == .cashFlow })
        // "Six Months Ended June 30," in one cell over "2025  2024".
        #expect(cashFlow.columns.map(\.period) == [h1of2025, h1of2024])
    }

    static let statementOfOperationsFacts: [ExpectedFact] = [
        ExpectedFact("Revenues", q2of2025, 373_600_000),
        ExpectedFact("Revenues", q2of2024, 319_600_000),
        ExpectedFact("Revenues", h1of2025, 719_500_000),
        ExpectedFact("Revenues", h1of2024, 617_100_000),
        ExpectedFact("Revenues", q2of2025, member: "PlatformSubscriptions", 312_600_000),
        ExpectedFact("Revenues", h1of2024, member: "ProfessionalServices", 99_800_000),
        ExpectedFact("Revenues", q2of2025, member: "DataLicensing", 12_300_000),
        ExpectedFact("Revenues", q2of2024, member: "DataLicensing", nil),  // printed "—"
        ExpectedFact("CostOfRevenue", q2of2025, 151_200_000),
        ExpectedFact("GrossProfit", h1of2025, 422_700_000),
        ExpectedFact("ResearchAndDevelopmentExpense", q2of2025, 118_900_000),  // label "Research and development¹"
        ExpectedFact("SellingAndMarketingExpense", q2of2024, 88_700_000),
        ExpectedFact("GeneralAndAdministrativeExpense", h1of2025, 80_900_000),
        ExpectedFact("RestructuringCharges", q2of2025, 6_800_000),  // label "Restructuring charges (2)"
        ExpectedFact("RestructuringCharges", q2of2024, nil),
        ExpectedFact("OperatingExpenses", q2of2025, 263_600_000),
        ExpectedFact("OperatingIncomeLoss", q2of2025, -41_200_000),
        ExpectedFact("OperatingIncomeLoss", h1of2024, -106_200_000),
        ExpectedFact("InvestmentIncomeInterest", q2of2025, 9_800_000),
        ExpectedFact("InterestExpense", q2of2024, 3_300_000),
        ExpectedFact("NonoperatingIncomeExpense", q2of2025, -700_000),
        ExpectedFact("NonoperatingIncomeExpense", q2of2024, 1_200_000),
        ExpectedFact("IncomeTaxExpenseBenefit", q2of2025, 2_400_000),  // printed "2.4³"
        ExpectedFact("ProfitLoss", q2of2025, -37_600_000),
        ExpectedFact("ProfitLoss", q2of2024, -43_700_000),
        ExpectedFact("ProfitLoss", h1of2025, -78_400_000),
        ExpectedFact("EarningsPerShareBasicAndDiluted", q2of2025, exact("-0.25"), .perShare("USD")),
        ExpectedFact("EarningsPerShareBasicAndDiluted", h1of2025, exact("-0.52"), .perShare("USD")),
        // "(In millions …, except per share data)": share counts are in millions too.
        ExpectedFact("WeightedAverageNumberOfShareOutstandingBasicAndDiluted", q2of2025, 152_400_000, .shares),
        ExpectedFact("WeightedAverageNumberOfShareOutstandingBasicAndDiluted", h1of2024, 149_500_000, .shares),
    ]

    @Test("statement of operations: whole units, expenses positive, losses negative", arguments: statementOfOperationsFacts)
    func statementOfOperations(_ expected: ExpectedFact) {
        expected.check(in: northwind)
    }

    static let balanceSheetAndCashFlowFacts: [ExpectedFact] = [
        ExpectedFact("CashAndCashEquivalentsAtCarryingValue", june2025, 412_800_000),
        ExpectedFact("CashAndCashEquivalentsAtCarryingValue", december2024, 455_100_000),
        ExpectedFact("AssetsCurrent", december2024, 1_291_600_000),
        ExpectedFact("OtherAssets", june2025, 25_800_000),
        ExpectedFact("Assets", june2025, 1_775_500_000),
        ExpectedFact("ContractWithCustomerLiabilityCurrent", june2025, 231_400_000),
        ExpectedFact("ContractWithCustomerLiabilityNoncurrent", december2024, 16_200_000),
        ExpectedFact("OperatingLeaseLiabilityNoncurrent", june2025, 52_800_000),
        ExpectedFact("Liabilities", december2024, 948_000_000),
        ExpectedFact("AccumulatedOtherComprehensiveIncomeLossNetOfTax", june2025, -3_600_000),
        ExpectedFact("RetainedEarningsAccumulatedDeficit", june2025, -1_271_400_000),
        ExpectedFact("StockholdersEquity", june2025, 829_500_000),
        ExpectedFact("LiabilitiesAndStockholdersEquity", december2024, 1_790_300_000),
        ExpectedFact("NetCashProvidedByUsedInOperatingActivities", h1of2025, 96_200_000),
        ExpectedFact("NetCashProvidedByUsedInInvestingActivities", h1of2024, -122_300_000),
        ExpectedFact("NetCashProvidedByUsedInFinancingActivities", h1of2025, -52_100_000),
        ExpectedFact("CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents", december2024, 455_100_000),
        ExpectedFact("CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents", june2025, 412_800_000),
        ExpectedFact("ShareBasedCompensation", h1of2025, 64_700_000),
    ]

    @Test("balance sheet and cash flows: instants, classification, balances", arguments: balanceSheetAndCashFlowFacts)
    func balanceSheetAndCashFlow(_ expected: ExpectedFact) {
        expected.check(in: northwind)
    }

    static let reconciliationFacts: [ExpectedFact] = [
        ExpectedFact("AdjustedEBITDA", q2of2025, 14_200_000),
        ExpectedFact("AdjustedEBITDA", q2of2024, -5_400_000),
        ExpectedFact("AdjustedEBITDA", h1of2024, -16_500_000),
        // Rows under "Adjustments:" are adjustments even without a leading dash…
        ExpectedFact("ShareBasedCompensationAdjustment", q2of2025, 33_100_000),
        ExpectedFact("InvestmentIncomeInterestAdjustment", q2of2025, -9_800_000),
        ExpectedFact("RestructuringChargesAdjustment", q2of2024, nil),
        // …so they do not overwrite the income statement's figures.
        ExpectedFact("InvestmentIncomeInterest", q2of2025, 9_800_000),
    ]

    @Test("reconciliation: undashed adjustments under 'Adjustments:'", arguments: reconciliationFacts)
    func reconciliation(_ expected: ExpectedFact) {
        expected.check(in: northwind)
    }

    @Test("the invented figures tie: segments, balance sheet, cash roll-forward, reconciliation")
    func figuresTie() throws {
        let model = try #require(northwind.model)
        func value(_ concept: String, _ period: Period, member: String? = nil) -> Decimal {
            model.fact(concept, period, member: member)?.value ?? .nan
        }
        for period in [q2of2025, q2of2024, h1of2025, h1of2024] {
            let segments = ["PlatformSubscriptions", "ProfessionalServices", "DataLicensing"]
                .compactMap { model.fact("Revenues", period, member: $0)?.value }
            #expect(segments.reduce(0, +) == value("Revenues", period), "segments of \(period)")
            #expect(value("Revenues", period) - value("CostOfRevenue", period) == value("GrossProfit", period))
            #expect(value("GrossProfit", period) - value("OperatingExpenses", period) == value("OperatingIncomeLoss", period))
            #expect(value("IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest", period)
                - value("IncomeTaxExpenseBenefit", period) == value("ProfitLoss", period))
            let adjustments = ["ShareBasedCompensationAdjustment", "DepreciationDepletionAndAmortizationAdjustment",
                               "RestructuringChargesAdjustment", "InvestmentIncomeInterestAdjustment",
                               "InterestExpenseAdjustment", "IncomeTaxExpenseBenefitAdjustment"]
                .compactMap { model.fact($0, period)?.value }
            #expect(value("ProfitLoss", period) + adjustments.reduce(0, +) == value("AdjustedEBITDA", period), "EBITDA of \(period)")
        }
        for instant in [june2025, december2024] {
            #expect(value("Liabilities", instant) + value("StockholdersEquity", instant) == value("LiabilitiesAndStockholdersEquity", instant))
            #expect(value("Assets", instant) == value("LiabilitiesAndStockholdersEquity", instant))
        }
        let change = value("CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseIncludingExchangeRateEffect", h1of2025)
        #expect(value("CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents", december2024) + change
            == value("CashAndCashEquivalentsAtCarryingValue", june2025))
        #expect(value("RetainedEarningsAccumulatedDeficit", december2024) + value("ProfitLoss", h1of2025)
            == value("RetainedEarningsAccumulatedDeficit", june2025))
    }

    @Test("every figure points at its cell; nil cells stay in the table without a value")
    func sourcesAndNilCells() throws {
        let model = try #require(northwind.model)
        let revenue = try #require(model.fact("Revenues", q2of2025))
        #expect(revenue.source.description == "northwind-2025q2.txt:41:16")
        #expect(revenue.label == "Total revenues")
        let research = try #require(model.fact("ResearchAndDevelopmentExpense", q2of2025))
        #expect(research.label == "Research and development")
        let income = try #require(model.statements.first { $0.kind == .incomeStatement })
        let licensing = try #require(income.rows.first { $0.label == "Data licensing" })
        #expect(licensing.cells.count == 4)
        #expect(licensing.cells[1]?.text == "—")
        #expect(licensing.cells[1]?.value == nil)
        // The footnotes under the table are not rows of it.
        #expect(income.rows.last?.label == "Basic and diluted")
    }

    @Test("reads the quotes and the outlook")
    func prose() throws {
        let model = try #require(northwind.model)
        let quote = try #require(model.prose.quotes.first)
        #expect(quote.speaker == "Jane Doe")
        #expect(quote.title == "Chief Executive Officer")
        #expect(quote.text.hasPrefix("Retailers kept moving"))
        #expect(model.prose.quotes.map(\.speaker) == ["Jane Doe", "Omar Reyes"])
        #expect(model.prose.outlook.count == 1)
        #expect(model.prose.outlook.first?.text.contains("$380.0 million") == true)
        let revenueSentence = model.prose.figureSentences.first { $0.text.hasPrefix("Total revenues were") }
        #expect(revenueSentence?.figures.first?.value == 373_600_000)
    }
}

// MARK: - One layout trait at a time

@Suite("Layout: single forms")
struct SingleFormLayoutTests {
    @Test("millions with decimals; —, – and - are nil; a row of nil marks gives no facts")
    func millionsAndNilMarks() throws {
        let result = LayoutFixture.load("millions-em-dash.txt")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let model = try #require(result.model)
        #expect(model.document.reportingCurrency == "EUR")
        #expect(model.document.fiscalPeriodLabel == "Q1 2025")
        let q1of2025 = span(day(2025, 1, 1), day(2025, 3, 31))
        let q1of2024 = span(day(2024, 1, 1), day(2024, 3, 31))
        for expected in [
            ExpectedFact("Revenues", q1of2025, 1_234_500_000, .currency("EUR")),
            ExpectedFact("Revenues", q1of2024, 1_101_000_000, .currency("EUR")),
            ExpectedFact("CostOfRevenue", q1of2025, 801_200_000, .currency("EUR")),
            ExpectedFact("InvestmentIncomeInterest", q1of2025, 400_000, .currency("EUR")),
            ExpectedFact("InvestmentIncomeInterest", q1of2024, nil),
            ExpectedFact("RestructuringCharges", q1of2025, nil),
            ExpectedFact("RestructuringCharges", q1of2024, 12_000_000, .currency("EUR")),
            ExpectedFact("ProfitLoss", q1of2025, 215_700_000, .currency("EUR")),
        ] {
            expected.check(in: result)
        }
        #expect(model.facts.filter { $0.concept == "GoodwillImpairmentLoss" }.isEmpty)
        let statement = try #require(model.statements.first)
        let impairment = try #require(statement.rows.first { $0.label == "Impairment of goodwill" })
        #expect(impairment.role == .item, "a row of nil marks is a row, not a section heading")
        #expect(impairment.cells.map { $0?.text } == ["—", "–"])
        #expect(impairment.cells.allSatisfy { $0?.value == nil })
    }

    @Test("footnote markers on labels and numbers: ¹ ² * † (1) [3] (a)")
    func footnoteMarkers() throws {
        let result = LayoutFixture.load("footnotes.txt")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let model = try #require(result.model)
        let statement = try #require(model.statements.first)
        #expect(statement.rows.map(\.label) == ["Revenues", "Cost of revenues", "Gross profit", "Research and development expenses",
                                                "Sales and marketing expenses", "Operating income"])
        let q4of2024 = span(day(2024, 10, 1), day(2024, 12, 31))
        let q4of2023 = span(day(2023, 10, 1), day(2023, 12, 31))
        for expected in [
            ExpectedFact("Revenues", q4of2024, 12_500_000),  // "12,500(a)"
            ExpectedFact("CostOfRevenue", q4of2024, 4_800_000),  // "(4,800) (3)"
            ExpectedFact("GrossProfit", q4of2024, 7_700_000),  // "7,700*"
            ExpectedFact("ResearchAndDevelopmentExpense", q4of2024, 2_100_000),  // "(2,100)²"
            ExpectedFact("ResearchAndDevelopmentExpense", q4of2023, 1_900_000),  // "(1,900)(3)"
            ExpectedFact("SellingAndMarketingExpense", q4of2024, 1_600_000),  // label "…expenses†"
            ExpectedFact("OperatingIncomeLoss", q4of2023, 3_200_000),
        ] {
            expected.check(in: result)
        }
        // The printed text keeps its marker; only the value drops it.
        #expect(model.fact("Revenues", q4of2024)?.label == "Revenues")
        #expect(statement.rows.first?.cells.first??.text == "12,500(a)")
    }

    @Test("three header rows: group, 'September 30,' per column, years; prior year first; nine months from Jan 1")
    func threeRowHeader() throws {
        let result = LayoutFixture.load("three-row-header.txt")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let model = try #require(result.model)
        let q3of2024 = span(day(2024, 7, 1), day(2024, 9, 30))
        let q3of2025 = span(day(2025, 7, 1), day(2025, 9, 30))
        let nineMonths2024 = span(day(2024, 1, 1), day(2024, 9, 30))
        let nineMonths2025 = span(day(2025, 1, 1), day(2025, 9, 30))
        #expect(model.statements.first?.columns.map(\.period) == [q3of2024, q3of2025, nineMonths2024, nineMonths2025])
        #expect(model.statements.first?.columns.first?.header == "Three Months Ended / September 30, / 2024")
        #expect(model.document.reportingCurrency == "USD")
        #expect(model.document.fiscalPeriodLabel == "Q3 2025")
        for expected in [
            ExpectedFact("Revenues", q3of2025, 97_025_000),
            ExpectedFact("Revenues", q3of2024, 88_410_000),
            ExpectedFact("Revenues", nineMonths2025, 280_115_000),
            ExpectedFact("CostOfRevenue", nineMonths2024, 175_400_000),  // printed positive, filed positive
            ExpectedFact("ProfitLoss", nineMonths2025, 29_455_000),
        ] {
            expected.check(in: result)
        }
    }

    @Test("current period first, with the prior quarter and US$ convenience columns between")
    func currentFirst() throws {
        let result = LayoutFixture.load("current-first.txt")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let model = try #require(result.model)
        // The dateline names a country after the city and a company with "Co., Ltd.".
        #expect(model.document.company == "Tidewater Orchard Foods Co., Ltd.")
        #expect(model.document.releaseDate == day(2025, 11, 20))
        #expect(model.document.reportingCurrency == "CNY")
        #expect(model.document.fiscalPeriodLabel == "Q3 2025")
        let rate = try #require(model.document.convenienceRate)
        #expect(rate.from == "CNY" && rate.to == "USD" && rate.rate == exact("7.15") && rate.date == day(2025, 9, 30))
        let q3of2025 = span(day(2025, 7, 1), day(2025, 9, 30))
        let q2of2025 = span(day(2025, 4, 1), day(2025, 6, 30))
        let q3of2024 = span(day(2024, 7, 1), day(2024, 9, 30))
        let nineMonths2025 = span(day(2025, 1, 1), day(2025, 9, 30))
        let nineMonths2024 = span(day(2024, 1, 1), day(2024, 9, 30))
        let columns = try #require(model.statements.first?.columns)
        #expect(columns.map(\.period) == [q3of2025, q3of2025, q2of2025, q3of2024, nineMonths2025, nineMonths2025, nineMonths2024])
        #expect(columns.map(\.isConvenienceTranslation) == [false, true, false, false, false, true, false])
        #expect(model.facts.allSatisfy { $0.unit.currencyCode != "USD" }, "convenience columns give no facts")
        for expected in [
            ExpectedFact("Revenues", q3of2025, 715_000_000, .currency("CNY")),
            ExpectedFact("Revenues", q2of2025, 650_000_000, .currency("CNY")),
            ExpectedFact("Revenues", q3of2024, 600_000_000, .currency("CNY")),
            ExpectedFact("Revenues", nineMonths2025, 1_930_000_000, .currency("CNY")),
            ExpectedFact("CostOfRevenue", q3of2025, 500_500_000, .currency("CNY")),  // printed in parentheses
            ExpectedFact("ProfitLoss", nineMonths2024, -160_000_000, .currency("CNY")),
            ExpectedFact("EarningsPerShareBasicAndDiluted", q3of2025, exact("-0.36"), .perShare("CNY")),
            // "except for share and per share data": share counts are not scaled.
            ExpectedFact("WeightedAverageNumberOfShareOutstandingBasicAndDiluted", q2of2025, 100_000_000, .shares),
        ] {
            expected.check(in: result)
        }
    }

    @Test("markdown: US\\$ in a header cell, **bold** labels, figures, title and dateline, # headline")
    func markdownEscapes() throws {
        let result = LayoutFixture.load("markdown-escapes.txt")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let model = try #require(result.model)
        #expect(model.document.company == "Brightwater Media Group Inc.")
        #expect(model.document.releaseDate == day(2025, 5, 7))
        #expect(model.document.reportingCurrency == "USD")
        #expect(model.document.headline == "Brightwater Media Group Reports First Quarter 2025 Results")
        let statement = try #require(model.statements.first)
        #expect(statement.kind == .incomeStatement)
        #expect(statement.title == "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS")
        #expect(statement.columns.map(\.currency) == ["USD", "USD"])
        #expect(statement.rows.map(\.label) == ["Revenues:", "Advertising", "Subscriptions", "Total revenues", "Cost of revenues",
                                                "Gross profit", "Net loss"])
        let q1of2025 = span(day(2025, 1, 1), day(2025, 3, 31))
        let q1of2024 = span(day(2024, 1, 1), day(2024, 3, 31))
        for expected in [
            ExpectedFact("Revenues", q1of2025, member: "Advertising", 30_200_000),
            ExpectedFact("Revenues", q1of2024, member: "Subscriptions", 10_100_000),
            ExpectedFact("Revenues", q1of2025, 42_700_000),  // "**42,700**"
            ExpectedFact("GrossProfit", q1of2024, 14_600_000),
            ExpectedFact("ProfitLoss", q1of2025, -3_900_000),  // "**(3,900)**"
        ] {
            expected.check(in: result)
        }
    }

    @Test("two tables with the same title get distinct ids and both are read")
    func repeatedTitle() throws {
        let result = LayoutFixture.load("repeated-title.txt")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let model = try #require(result.model)
        #expect(model.statements.map(\.id) == ["reconciliation", "reconciliation-2"])
        #expect(Set(model.statements.map(\.title)) == ["RECONCILIATION OF GAAP AND NON-GAAP RESULTS"])
        let q4of2024 = span(day(2024, 10, 1), day(2024, 12, 31))
        let q4of2023 = span(day(2023, 10, 1), day(2023, 12, 31))
        for expected in [
            ExpectedFact("AdjustedOperatingIncomeLoss", q4of2024, -4_400_000),
            ExpectedFact("AdjustedNetIncomeLoss", q4of2024, -5_700_000),
            ExpectedFact("AdjustedNetIncomeLoss", q4of2023, -8_900_000),
            ExpectedFact("ShareBasedCompensationAdjustment", q4of2024, 3_100_000),
        ] {
            expected.check(in: result)
        }
        // The figure printed in both tables is one fact, first seen in the first table.
        #expect(model.fact("ShareBasedCompensationAdjustment", q4of2024)?.statement == "reconciliation")
        #expect(model.fact("AdjustedNetIncomeLoss", q4of2024)?.statement == "reconciliation-2")
    }
}

// MARK: - Broken inputs: exact message and place

@Suite("Layout: broken inputs")
struct BrokenInputLayoutTests {
    @Test("an empty file")
    func empty() {
        let result = LayoutFixture.load("broken-empty.txt")
        #expect(result.model == nil)
        #expect(result.diagnostics.map(\.description) == [
            "broken-empty.txt:1:1: error: the file is empty; expected the text of an earnings release",
        ])
    }

    @Test("prose that is not an earnings release")
    func notARelease() {
        let result = LayoutFixture.load("broken-not-a-release.txt")
        #expect(result.model == nil)
        #expect(result.diagnostics.map(\.description) == [
            "broken-not-a-release.txt:1:1: error: no dateline found; expected a paragraph opening like 'CITY, Month D, YYYY — Company Name (…)', as earnings releases do",
            "broken-not-a-release.txt:1:1: error: no financial tables found; expected tab-separated statements (balance sheet, statement of operations, cash flows) with dated column headers",
        ])
    }

    @Test("a row with one cell too few is reported where the cell is missing; the other rows are read")
    func rowWithTooFewCells() throws {
        let result = LayoutFixture.load("broken-row-cells.txt")
        #expect(result.errors.map(\.description) == [
            "broken-row-cells.txt:10:35: error: row 'Cost of revenues' has 2 cells (2 with figures); expected 3, one per column of 'CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS'",
        ])
        #expect(result.warnings.isEmpty)
        let model = try #require(result.model)
        let q1of2025 = span(day(2025, 1, 1), day(2025, 3, 31))
        let q4of2024 = span(day(2024, 10, 1), day(2024, 12, 31))
        #expect(model.fact("Revenues", q1of2025)?.value == 54_300_000)
        #expect(model.fact("GrossProfit", q4of2024)?.value == 21_800_000)
        #expect(model.fact("CostOfRevenue", q1of2025) == nil, "a row that cannot be placed in its columns gives no facts")
    }

    @Test("a cell that is not a number is reported at the cell; the other rows' facts are read")
    func badNumber() throws {
        let result = LayoutFixture.load("broken-number.txt")
        #expect(result.errors.map(\.description) == [
            "broken-number.txt:9:10: error: expected a number such as 1,234, (1,234) or 12.3% in row 'Revenues', found '12,3x4'",
        ])
        #expect(result.hasErrors)
        let model = try #require(result.model)
        #expect(model.document.reportingCurrency == "CAD")
        let q2of2025 = span(day(2025, 4, 1), day(2025, 6, 30))
        #expect(model.fact("Revenues", q2of2025) == nil)
        #expect(model.fact("Revenues", q2of2024) == nil, "the bad row is left out whole")
        for expected in [
            ExpectedFact("CostOfRevenue", q2of2025, 4_410_000, .currency("CAD")),
            ExpectedFact("GrossProfit", q2of2025, 7_924_000, .currency("CAD")),
            ExpectedFact("ProfitLoss", q2of2024, 980_000, .currency("CAD")),
        ] {
            expected.check(in: result)
        }
    }

    @Test("a table that ends right after its header rows")
    func truncatedAfterHeaders() {
        let result = LayoutFixture.load("broken-truncated.txt")
        #expect(result.model == nil)
        #expect(result.diagnostics.map(\.description) == [
            "broken-truncated.txt:8:1: error: 'CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS' ends after its column headers; expected rows of figures (the table looks truncated)",
        ])
    }

    @Test("a table that ends right after a section heading")
    func truncatedAfterSection() {
        let result = LayoutFixture.load("broken-truncated-section.txt")
        #expect(result.diagnostics.map(\.description) == [
            "broken-truncated-section.txt:9:1: error: 'CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS' ends with the heading 'Revenues:' and no rows under it; the table looks truncated",
        ])
        #expect(result.model?.facts.isEmpty ?? true)
    }

    @Test("importing never crashes: every fixture, cut after every line and with every line left out", arguments: LayoutFixture.all)
    func neverCrashes(_ name: String) throws {
        let text = try LayoutFixture.text(name)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var variants = (0...lines.count).map { lines.prefix($0).joined(separator: "\n") }
        variants += lines.indices.map { index in lines.enumerated().filter { $0.offset != index }.map(\.element).joined(separator: "\n") }
        variants += [text.replacingOccurrences(of: "\t", with: "  "), text.replacingOccurrences(of: "\n", with: "\r\n"), text + "\t\t\t"]
        for variant in variants {
            let result = ReleaseImporter.importRelease(text: variant, file: name)
            let lineCount = max(variant.split(separator: "\n", omittingEmptySubsequences: false).count, 1)
            if result.model == nil {
                #expect(result.hasErrors, "no model and no error for a variant of \(name)")
            }
            for diagnostic in result.diagnostics {
                let location = try #require(diagnostic.location)
                #expect(location.file == name)
                #expect((1...lineCount).contains(location.line) && location.column >= 1, "\(diagnostic)")
            }
        }
    }
}
