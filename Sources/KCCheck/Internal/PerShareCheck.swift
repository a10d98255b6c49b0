import Foundation
import KCModel

/// Earnings per share ≈ net income attributable to the company ÷ weighted shares,
/// compared after rounding to the printed decimals.
enum PerShareCheck {
    static let pairs: [(perShare: String, shares: String)] = [
        ("EarningsPerShareBasicAndDiluted", "WeightedAverageNumberOfShareOutstandingBasicAndDiluted"),
        ("EarningsPerShareBasic", "WeightedAverageNumberOfSharesOutstandingBasic"),
        ("EarningsPerShareDiluted", "WeightedAverageNumberOfDilutedSharesOutstanding"),
    ]

    static func run(_ model: FinancialModel, index: FactIndex, into recorder: inout Recorder) {
        let currency = model.document.reportingCurrency
        for fact in model.facts where fact.unit == .perShare(currency) {
            guard let pair = pairs.first(where: { $0.perShare == fact.concept }) else { continue }
            let subject = "\(fact.label) per share = net income attributable ÷ weighted shares, \(PeriodText.short(fact.period))"
            // Without a line for non-controlling interests, net income is all the company's.
            let attributable = index.fact("NetIncomeLoss", fact.period, unit: .currency(currency))
                ?? (index.fact("NetIncomeLossAttributableToNoncontrollingInterest", fact.period, unit: .currency(currency)) == nil
                    ? index.fact("ProfitLoss", fact.period, unit: .currency(currency)) : nil)
            guard let income = attributable,
                  let shares = index.fact(pair.shares, fact.period, unit: .shares), shares.value != 0 else {
                recorder.skip("per-share", subject, reason: "NetIncomeLoss or \(pair.shares) is not in the release for \(PeriodText.short(fact.period))")
                continue
            }
            let printedText = model.statements.first { $0.id == fact.statement }?.rows
                .first { $0.concept == fact.concept }?.cells.compactMap { $0 }.first { $0.source == fact.source }?.text ?? "\(fact.value)"
            let places = MarginCheck.decimals(of: printedText)
            let computed = Amount.rounded(income.value / shares.value, places: places)
            if computed == fact.value {
                recorder.pass("per-share", subject)
            } else {
                recorder.fail("per-share", subject, [Finding(severity: .error, check: "per-share",
                    message: "\(fact.label) per share for \(PeriodText.short(fact.period)) is printed as \(printedText) but \(Amount.grouped(income.value)) ÷ \(Amount.grouped(shares.value)) shares is \(Amount.grouped(computed))",
                    location: fact.source, figures: [FigureRef(fact), FigureRef(income), FigureRef(shares)],
                    expected: computed, found: fact.value)])
            }
        }
    }
}
