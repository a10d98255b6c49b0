import Foundation
import KCModel

/// Builds the one-pager view from a model and the checks' summary: chooses the
/// periods, the figures and the highlights, and formats every one of them.
public struct OnePagerBuilder {
    let model: FinancialModel
    let checks: CheckSummary?
    let options: ViewOptions
    let facts: FactReader
    let periods: ReportPeriods
    let format: DisplayFormat
    /// True when figures are translated at the release's convenience rate.
    let translated: Bool

    public init(model: FinancialModel, checks: CheckSummary?, options: ViewOptions = ViewOptions()) throws {
        self.model = model
        self.checks = checks
        self.options = options
        facts = FactReader(model: model)
        periods = ReportPeriods(model: model)
        let reporting = model.document.reportingCurrency
        let asked = options.displayCurrency.map(OnePagerBuilder.isoCode) ?? reporting
        if asked == reporting {
            format = DisplayFormat(currency: reporting)
            translated = false
        } else if let rate = model.document.convenienceRate, rate.from == reporting, rate.to == asked, rate.rate > 0 {
            format = DisplayFormat(currency: asked, divisor: rate.rate)
            translated = true
        } else {
            throw ViewError("cannot show figures in \(asked): the release reports in \(reporting) and gives no convenience rate to \(asked)")
        }
        guard facts.value("Revenues", periods.current) != nil else {
            throw ViewError("the model has no total revenues for \(model.document.fiscalPeriodLabel) (\(periods.current)); a one-pager needs them")
        }
    }

    /// "RMB" → CNY, "US$" → USD; codes pass through upper-cased.
    static func isoCode(_ name: String) -> String {
        switch name.uppercased() {
        case "RMB", "CNY", "元": return "CNY"
        case "US$", "USD", "$": return "USD"
        case "HK$", "HKD": return "HKD"
        default: return name.uppercased()
        }
    }

    public func build() -> OnePager {
        let charts = [revenueMixChart(), marginChart()].compactMap { $0 }
        let view = OnePagerView(
            header: header(),
            kpis: kpiTiles(),
            charts: charts.map { ChartView(id: $0.id, title: $0.title, description: $0.description, file: "charts/\($0.id).svg") },
            incomeStatement: incomeStatement(),
            highlights: highlights(),
            quote: model.prose.quotes.first.map { QuoteView(text: $0.text, speaker: $0.speaker, title: $0.title) },
            footnotes: footnotes())
        return OnePager(view: view, charts: charts)
    }

    func header() -> HeaderView {
        let document = model.document
        let label = periods.label(periods.current)
        let kind = (periods.current.months ?? 3) == 3 ? "Quarter" : "Period"
        var note = "\(format.unitNote) unless stated otherwise"
        if translated, let rate = document.convenienceRate {
            note = "\(format.unitNote), translated from \(DisplayFormat.symbol(rate.from).trimmingCharacters(in: .whitespaces)) at the release's convenience rate of \(rateText(rate))"
        }
        return HeaderView(
            company: document.company,
            localName: options.localName,
            localNameLanguage: options.localName == nil ? nil : (options.localNameLanguage ?? "zh"),
            tickers: document.tickers.map(\.description).joined(separator: " · "),
            title: "\(label) Earnings Summary",
            periodLabel: label,
            periodEnd: "\(kind) ended \(ReportPeriods.longDate(periods.current.end))",
            released: document.releaseDate.map { "Released \(ReportPeriods.longDate($0))" },
            currencyNote: note,
            language: "en")
    }

    /// "RMB7.0176 to US$1.00".
    func rateText(_ rate: ConvenienceRate) -> String {
        "\(DisplayFormat.symbol(rate.from))\(rate.rate) to \(DisplayFormat.symbol(rate.to))1.00"
    }

    /// A change column's direction flags and text.
    func change(_ current: Decimal?, from base: Decimal?, basis: String, basisLong: String) -> ChangeView? {
        guard current != nil, base != nil else { return nil }
        let ratio = DisplayFormat.growthRatio(current, from: base)
        let text = DisplayFormat.growth(current, from: base)
        let rounded = ratio.map { DisplayFormat.rounded($0 * 100, places: 1) } ?? 0
        return ChangeView(value: text, basis: basis, basisLong: basisLong, up: rounded > 0, down: rounded < 0)
    }
}
