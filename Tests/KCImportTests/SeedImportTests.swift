import Foundation
import KCModel
import Testing
@testable import KCImport

/// The seed release imports with every figure exact. Expected values were read
/// off the release's tables by hand (thousands × 1000, percentages ÷ 100).
@Suite struct SeedImportTests {
    static let file = "seed.txt"
    let model: FinancialModel
    let result: ImportResult

    init() throws {
        result = ReleaseImporter.importRelease(text: try SeedRelease.text(), file: SeedImportTests.file)
        model = try #require(result.model)
    }

    static func q(_ y: Int, _ endMonth: Int) -> Period {
        let end = Day(year: y, month: endMonth, day: Day.daysIn(month: endMonth, year: y))
        return .duration(start: Day(year: y, month: endMonth - 2, day: 1), end: end)
    }
    static func nineMonths(_ y: Int) -> Period { .duration(start: Day(year: y, month: 1, day: 1), end: Day(year: y, month: 9, day: 30)) }
    static func at(_ y: Int, _ m: Int, _ d: Int) -> Period { .instant(Day(year: y, month: m, day: d)) }

    struct Expected: CustomTestStringConvertible, Sendable {
        var concept: String
        var member: String?
        var period: Period
        var value: String
        var unit: KCModel.Unit = .currency("CNY")
        var line: Int
        var testDescription: String { "\(concept)\(member.map { "[\($0)]" } ?? "") \(period)" }
    }

    static let q3_24 = q(2024, 9), q2_24 = q(2024, 6), q1_24 = q(2024, 3), q3_23 = q(2023, 9)
    static let expected: [Expected] = [
        // Balance sheet
        Expected(concept: "CashAndCashEquivalentsAtCarryingValue", period: at(2024, 9, 30), value: "1617935000", line: 166),
        Expected(concept: "CashAndCashEquivalentsAtCarryingValue", period: at(2023, 12, 31), value: "2255287000", line: 166),
        Expected(concept: "RestrictedCashCurrent", period: at(2024, 9, 30), value: "92454000", line: 167),
        Expected(concept: "PrepaidExpenseAndOtherAssetsCurrent", period: at(2024, 9, 30), value: "2314827000", line: 169),
        Expected(concept: "PrepaidExpenseAndOtherAssetsNoncurrent", period: at(2024, 9, 30), value: "437664000", line: 176),
        Expected(concept: "AssetsCurrent", period: at(2023, 12, 31), value: "6098124000", line: 171),
        Expected(concept: "Goodwill", period: at(2024, 9, 30), value: "4605724000", line: 175),
        Expected(concept: "Assets", period: at(2024, 9, 30), value: "16696584000", line: 181),
        Expected(concept: "ShortTermBorrowings", period: at(2024, 9, 30), value: "1808146000", line: 186),
        Expected(concept: "LiabilitiesCurrent", period: at(2024, 9, 30), value: "9073294000", line: 190),
        Expected(concept: "Liabilities", period: at(2023, 12, 31), value: "7824374000", line: 198),
        Expected(concept: "TreasuryStockValue", period: at(2024, 9, 30), value: "208385000", line: 201),
        Expected(concept: "RetainedEarningsAccumulatedDeficit", period: at(2024, 9, 30), value: "-14084762000", line: 204),
        Expected(concept: "StockholdersEquity", period: at(2024, 9, 30), value: "5230201000", line: 206),
        Expected(concept: "MinorityInterest", period: at(2023, 12, 31), value: "355752000", line: 207),
        Expected(concept: "LiabilitiesAndStockholdersEquity", period: at(2024, 9, 30), value: "16696584000", line: 209),
        // Statement of comprehensive loss
        Expected(concept: "Revenues", member: "PublicCloudServices", period: q3_24, value: "1175535000", line: 219),
        Expected(concept: "Revenues", member: "EnterpriseCloudServices", period: q2_24, value: "657238000", line: 220),
        Expected(concept: "Revenues", member: "Others", period: q3_23, value: "106000", line: 221),
        Expected(concept: "Revenues", period: q3_24, value: "1885574000", line: 222),
        Expected(concept: "Revenues", period: q3_23, value: "1625208000", line: 222),
        Expected(concept: "Revenues", period: nineMonths(2024), value: "5553038000", line: 222),
        Expected(concept: "CostOfRevenue", period: q3_24, value: "1582220000", line: 223),
        Expected(concept: "GrossProfit", period: q1_24, value: "293253000", line: 224),
        Expected(concept: "SellingAndMarketingExpense", period: q3_24, value: "121117000", line: 226),
        Expected(concept: "GeneralAndAdministrativeExpense", period: q2_24, value: "266249000", line: 227),
        Expected(concept: "ResearchAndDevelopmentExpense", period: q3_24, value: "235912000", line: 228),
        Expected(concept: "ImpairmentOfLongLivedAssetsHeldForUse", period: q3_24, value: "919724000", line: 229),
        Expected(concept: "OperatingExpenses", period: q3_24, value: "1447127000", line: 230),
        Expected(concept: "OperatingIncomeLoss", period: q3_24, value: "-1143773000", line: 231),
        Expected(concept: "InterestExpense", period: q3_24, value: "57404000", line: 233),
        Expected(concept: "ForeignCurrencyTransactionGainLossBeforeTax", period: q1_24, value: "-42737000", line: 234),
        Expected(concept: "IncomeTaxExpenseBenefit", period: q3_24, value: "10662000", line: 238),
        Expected(concept: "IncomeTaxExpenseBenefit", period: q1_24, value: "-15371000", line: 238),
        Expected(concept: "ProfitLoss", period: q3_24, value: "-1061066000", line: 239),
        Expected(concept: "NetIncomeLossAttributableToNoncontrollingInterest", period: q3_24, value: "-3931000", line: 240),
        Expected(concept: "NetIncomeLoss", period: nineMonths(2023), value: "-1892192000", line: 241),
        Expected(concept: "EarningsPerShareBasicAndDiluted", period: q3_24, value: "-0.29", unit: .perShare("CNY"), line: 243),
        Expected(concept: "WeightedAverageNumberOfShareOutstandingBasicAndDiluted", period: q3_24, value: "3655882906", unit: .shares, line: 245),
        Expected(concept: "ComprehensiveIncomeNetOfTax", period: q3_24, value: "-1169462000", line: 250),
        // Reconciliations and margins
        Expected(concept: "ShareBasedCompensationCostOfRevenueAdjustment", period: q3_24, value: "4252000", line: 261),
        Expected(concept: "AdjustedGrossProfit", period: q3_24, value: "307606000", line: 262),
        Expected(concept: "GrossMargin", period: q3_24, value: "0.161", unit: .pure, line: 270),
        Expected(concept: "GrossMargin", period: nineMonths(2024), value: "0.165", unit: .pure, line: 270),
        Expected(concept: "AdjustedGrossMargin", period: nineMonths(2023), value: "0.112", unit: .pure, line: 271),
        Expected(concept: "ForeignCurrencyTransactionLossGainAdjustment", period: q3_24, value: "-135777000", line: 283),
        Expected(concept: "AdjustedNetIncomeLoss", period: q3_24, value: "-236696000", line: 285),
        Expected(concept: "InvestmentIncomeInterestAdjustment", period: q3_24, value: "-4517000", line: 287),
        Expected(concept: "DepreciationDepletionAndAmortizationAdjustment", period: q3_24, value: "358540000", line: 290),
        Expected(concept: "AdjustedEBITDA", period: q3_24, value: "185393000", line: 291),
        Expected(concept: "AdjustedEBITDA", period: q3_23, value: "-45402000", line: 291),
        Expected(concept: "NormalizedAdjustedEBITDA", period: q3_24, value: "174726000", line: 294),
        Expected(concept: "AdjustedOperatingIncomeLoss", period: q3_24, value: "-140166000", line: 308),
        Expected(concept: "NormalizedAdjustedOperatingIncomeLoss", period: q1_24, value: "-150866000", line: 311),
        Expected(concept: "ProfitLossMargin", period: q3_24, value: "-0.563", unit: .pure, line: 319),
        Expected(concept: "AdjustedEBITDAMargin", period: q3_23, value: "-0.028", unit: .pure, line: 321),
        Expected(concept: "AdjustedEBITDAMargin", period: nineMonths(2024), value: "0.05", unit: .pure, line: 321),
        // Cash flow
        Expected(concept: "NetCashProvidedByUsedInOperatingActivities", period: q3_24, value: "228364000", line: 333),
        Expected(concept: "NetCashProvidedByUsedInInvestingActivities", period: q3_23, value: "165089000", line: 334),
        Expected(concept: "NetCashProvidedByUsedInFinancingActivities", period: q3_24, value: "-183390000", line: 335),
        Expected(concept: "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseIncludingExchangeRateEffect",
                 period: q3_24, value: "-386015000", line: 337),
        Expected(concept: "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents", period: at(2024, 6, 30), value: "2096404000", line: 338),
        Expected(concept: "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents", period: at(2024, 9, 30), value: "1710389000", line: 339),
    ]

    @Test(arguments: expected)
    func figureIsExact(_ e: Expected) throws {
        let fact = try #require(model.fact(e.concept, e.period, member: e.member, unit: e.unit))
        #expect(fact.value == Decimal(string: e.value))
        #expect(fact.source.line == e.line)
        #expect(fact.source.file == SeedImportTests.file)
    }

    @Test func importsWithoutErrorsOrWarnings() {
        #expect(result.diagnostics.map(\.description) == [])
    }

    @Test func everyTableAndRowIsRead() {
        let shape = model.statements.map { ($0.kind, $0.rows.filter { $0.role != .section }.count, $0.columns.count) }
        #expect(shape.map(\.0) == [.balanceSheet, .incomeStatement, .reconciliation, .reconciliation, .reconciliation,
                                   .reconciliation, .reconciliation, .cashFlow])
        #expect(shape.map(\.1) == [39, 28, 3, 2, 12, 7, 6, 7])
        #expect(shape.map(\.2) == [3, 8, 8, 6, 8, 8, 6, 3])
        // Every value cell of every non-convenience column becomes a fact or repeats one.
        #expect(model.facts.count == 397)
    }

    @Test func convenienceColumnsAreKeptButNotFiled() throws {
        let income = try #require(model.statements.first { $0.kind == .incomeStatement })
        #expect(income.columns.map(\.isConvenienceTranslation) == [false, false, false, false, true, false, false, true])
        #expect(income.columns[4].currency == "USD")
        #expect(!model.facts.contains { $0.unit == .currency("USD") || $0.unit == .perShare("USD") })
        let revenues = try #require(income.rows.first { $0.concept == "Revenues" && $0.member == nil })
        #expect(revenues.cells[4]?.value == Decimal(string: "268692000"))
    }

    @Test func periodsComeFromTheHeaders() throws {
        let margins = try #require(model.statements.first { $0.rows.contains { $0.concept == "GrossMargin" } })
        // The group row of this table is one cell off; the dates decide.
        #expect(margins.columns.map(\.period) == [Self.q3_23, Self.q1_24, Self.q2_24, Self.q3_24, Self.nineMonths(2023), Self.nineMonths(2024)])
    }

    @Test func documentInfo() throws {
        let doc = model.document
        #expect(doc.company == "Kingsoft Cloud Holdings Limited")
        #expect(doc.tickers == [Ticker(exchange: "NASDAQ", symbol: "KC"), Ticker(exchange: "HKEX", symbol: "3896")])
        #expect(doc.fiscalPeriod == Self.q3_24)
        #expect(doc.fiscalPeriodLabel == "Q3 2024")
        #expect(doc.releaseDate == Day(year: 2024, month: 11, day: 19))
        #expect(doc.reportingCurrency == "CNY")
        #expect(doc.scale == 1000)
        let rate = try #require(doc.convenienceRate)
        #expect(rate.from == "CNY" && rate.to == "USD")
        #expect(rate.rate == Decimal(string: "7.0176"))
        #expect(rate.date == Day(year: 2024, month: 9, day: 30))
        #expect(doc.links.first == "http://ir.ksyun.com")
    }

    @Test func quotesAndOutlook() throws {
        #expect(model.prose.quotes.map(\.speaker) == ["Tao Zou", "Henry He"])
        #expect(model.prose.quotes.map(\.title) == ["Chief Executive Officer", "Chief Financial Officer"])
        #expect(model.prose.quotes.first?.source.line == 59)
        #expect(model.prose.outlook.count == 1)
        #expect(model.prose.outlook.first?.source.line == 117)
    }

    @Test func figureSentencesReadEveryFigure() throws {
        let sentence = try #require(model.prose.figureSentences.first { $0.source.line == 69 })
        #expect(sentence.text.hasPrefix("Total Revenues reached RMB1,885.6 million"))
        let figures = sentence.figures.map { "\($0.kind.rawValue) \($0.value) \($0.currency ?? "")" }
        #expect(figures == ["amount 1885600000 CNY", "amount 268700000 USD", "percent 0.16 ", "amount 1625200000 CNY", "amount 1891800000 CNY"])
        let first = try #require(sentence.figures.first)
        #expect(first.precision == 50_000)
        #expect(first.source.column == 24)
        // A negative amount and a negative percentage.
        let ebitda = try #require(model.prose.figureSentences.first { $0.text.contains("was RMB185.4 million") && $0.source.line == 101 })
        #expect(ebitda.figures.map(\.value).contains(-45_400_000))
        let margin = try #require(model.prose.figureSentences.first { $0.source.line == 101 && $0.text.hasPrefix("Non-GAAP EBITDA margin") })
        #expect(margin.figures.map(\.value) == [Decimal(string: "0.098"), Decimal(string: "-0.028"), Decimal(string: "0.032")])
    }

    @Test func percentagePointsAndCounts() throws {
        let quote = model.prose.figureSentences.flatMap(\.figures).filter { $0.kind == .percentagePoints }
        #expect(quote.map(\.value) == [Decimal(string: "0.184")])
        let counts = model.prose.figureSentences.flatMap(\.figures).filter { $0.kind == .count }
        #expect(counts.map(\.value) == [3_621_895_582, 241_459_705])
    }
}
