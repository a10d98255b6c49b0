import Foundation
import KCModel

/// A plain-text overview of a model, for people checking an import.
struct ModelSummary {
    let model: FinancialModel

    /// Concepts shown as headline figures when the model has them.
    static let headline = ["Revenues", "GrossProfit", "OperatingIncomeLoss", "ProfitLoss", "AdjustedEBITDA",
                           "NetCashProvidedByUsedInOperatingActivities", "CashAndCashEquivalentsAtCarryingValue"]

    var text: String {
        let doc = model.document
        var lines: [String] = []
        lines.append("\(doc.company) (\(doc.tickers.map(\.description).joined(separator: ", ")))")
        lines.append("\(doc.fiscalPeriodLabel): \(doc.fiscalPeriod), released \(doc.releaseDate.map(\.description) ?? "on an unknown date")")
        var currency = "reporting currency \(doc.reportingCurrency)"
        if let rate = doc.convenienceRate {
            currency += "; convenience rate \(rate.from) \(rate.rate) = \(rate.to) 1\(rate.date.map { " (\($0))" } ?? "")"
        }
        lines.append(currency)
        lines.append("")
        lines.append("\(model.statements.count) tables, \(model.facts.count) facts:")
        for statement in model.statements {
            let rows = statement.rows.filter { $0.role != .section }.count
            lines.append("  \(statement.id): \(statement.title) — \(rows) rows × \(statement.columns.count) columns (line \(statement.source.line))")
        }
        lines.append("")
        lines.append("Headline figures, \(doc.fiscalPeriodLabel):")
        for concept in ModelSummary.headline {
            let period: Period = concept.hasPrefix("Cash") ? .instant(doc.fiscalPeriod.end) : doc.fiscalPeriod
            guard let fact = model.fact(concept, period, unit: .currency(doc.reportingCurrency)) else { continue }
            lines.append("  \(fact.label.padding(toLength: 44, withPad: " ", startingAt: 0)) \(ModelSummary.millions(fact.value)) million \(fact.unit)  (line \(fact.source.line))")
        }
        lines.append("")
        lines.append("Prose: \(model.prose.figureSentences.count) sentences stating figures, \(model.prose.quotes.count) quotes, \(model.prose.outlook.count) outlook paragraphs")
        if !model.warnings.isEmpty { lines.append("\(model.warnings.count) import warnings") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Whole units in millions with one decimal, rounded half away from zero.
    static func millions(_ value: Decimal) -> String {
        var scaled = value / 1_000_000
        var rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 1, .plain)
        let negative = rounded < 0
        let magnitude = negative ? -rounded : rounded
        var text = "\(magnitude)"
        if !text.contains(".") { text += ".0" }
        let parts = text.split(separator: ".")
        var whole = String(parts[0])
        var grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole = String(whole.dropLast(3))
        }
        return (negative ? "-" : "") + whole + grouped + "." + parts[1]
    }
}
