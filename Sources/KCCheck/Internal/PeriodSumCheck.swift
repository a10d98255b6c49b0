import Foundation
import KCModel

/// Nine months (or a half or a full year) equals the sum of its quarters when
/// every quarter is in the model. Only flows add up: amounts in the reporting
/// currency, not balances, ratios, per-share figures or share counts.
enum PeriodSumCheck {
    static func run(_ model: FinancialModel, index: FactIndex, into recorder: inout Recorder) {
        let currency = KCModel.Unit.currency(model.document.reportingCurrency)
        for fact in model.facts where fact.unit == currency {
            guard case .duration(let start, let end) = fact.period, let months = fact.period.months, months > 3, months % 3 == 0 else { continue }
            var quarters: [Period] = []
            var quarterEnd = end
            for _ in 0..<(months / 3) {
                let quarterStart = quarterEnd.startOfPeriod(months: 3)
                quarters.insert(.duration(start: quarterStart, end: quarterEnd), at: 0)
                quarterEnd = quarterStart.previous
            }
            guard quarters.first.map({ if case .duration(let s, _) = $0 { return s == start } else { return false } }) == true else { continue }
            let name = "\(fact.label)\(fact.member.map { " (\($0))" } ?? "")"
            let subject = "\(name), \(PeriodText.short(fact.period)) = sum of its quarters"
            let found = quarters.map { index.fact(fact.concept, $0, member: fact.member, unit: fact.unit) }
            let missing = zip(quarters, found).filter { quarter, quarterFact in
                quarterFact == nil && !index.isPrintedNil(fact.concept, quarter, member: fact.member, unit: currency)
            }.map { PeriodText.short($0.0) }
            guard missing.isEmpty else {
                recorder.skip("period-sum", subject, reason: "not in the release: \(missing.joined(separator: ", "))")
                continue
            }
            let parts = found.compactMap { $0 }
            let scale = model.statements.first { $0.id == fact.statement }?.scale ?? model.document.scale
            recorder.compareSum("period-sum", subject, expected: parts.map(\.value).reduce(0, +), found: FigureRef(fact),
                                parts: parts.map(FigureRef.init), unit: scale, partsCount: parts.count)
        }
    }
}
