import Foundation
import KCModel

/// Printed margins and ratios equal their measure divided by revenues, compared
/// after rounding to the printed precision.
enum MarginCheck {
    /// Ratio concept → the measure it divides by revenues. Kept as data.
    static let numerators: [String: String] = [
        "GrossMargin": "GrossProfit",
        "AdjustedGrossMargin": "AdjustedGrossProfit",
        "ProfitLossMargin": "ProfitLoss",
        "AdjustedNetIncomeLossMargin": "AdjustedNetIncomeLoss",
        "OperatingIncomeLossMargin": "OperatingIncomeLoss",
        "AdjustedOperatingIncomeLossMargin": "AdjustedOperatingIncomeLoss",
        "NormalizedAdjustedOperatingIncomeLossMargin": "NormalizedAdjustedOperatingIncomeLoss",
        "AdjustedEBITDAMargin": "AdjustedEBITDA",
        "NormalizedAdjustedEBITDAMargin": "NormalizedAdjustedEBITDA",
    ]

    static func run(_ model: FinancialModel, index: FactIndex, into recorder: inout Recorder) {
        let currency = KCModel.Unit.currency(model.document.reportingCurrency)
        for statement in model.statements {
            for row in statement.rows where row.measure == .ratio {
                guard let concept = row.concept else { continue }
                for column in statement.columns.indices {
                    guard let printed = FigureRef(row, column: column, in: statement) else { continue }
                    let period = statement.columns[column].period
                    let subject = "\(row.label) = \(numerators[concept] ?? "?") ÷ revenues, \(PeriodText.short(period))"
                    guard let numeratorConcept = numerators[concept] else {
                        recorder.skip("margin", subject, reason: "no measure is known for the ratio '\(row.label)' (\(concept))")
                        continue
                    }
                    guard let numerator = index.fact(numeratorConcept, period, unit: currency),
                          let revenues = index.fact("Revenues", period, unit: currency), revenues.value != 0 else {
                        recorder.skip("margin", subject, reason: "\(numeratorConcept) or Revenues is not in the release for \(PeriodText.short(period))")
                        continue
                    }
                    let places = decimals(of: printed.text ?? "") + 2
                    let computed = Amount.rounded(numerator.value / revenues.value, places: places)
                    if computed == printed.value {
                        recorder.pass("margin", subject)
                    } else {
                        recorder.fail("margin", subject, [Finding(
                            severity: .error, check: "margin",
                            message: "\(row.label) for \(PeriodText.short(period)) is printed as \(printed.text ?? "\(printed.value)") but \(numerator.label) ÷ \(revenues.label) is \(Amount.grouped(Amount.rounded(numerator.value / revenues.value * 100, places: places)))%",
                            location: printed.source, figures: [printed, FigureRef(numerator), FigureRef(revenues)],
                            expected: computed, found: printed.value)])
                    }
                }
            }
        }
    }

    /// Digits after the decimal point of a printed number ("16.1%" → 1).
    static func decimals(of text: String) -> Int {
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        return text[text.index(after: dot)...].prefix { $0.isNumber }.count
    }
}
