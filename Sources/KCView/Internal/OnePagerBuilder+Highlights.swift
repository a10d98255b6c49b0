import Foundation
import KCModel

extension OnePagerBuilder {
    /// At most this many highlights.
    static let highlightLimit = 5

    /// Highlights chosen by rules: revenue growth, the margin move, sign changes, the charge behind a loss,
    /// then the biggest other moves (segments, operating cash flow) while there is room.
    func highlights() -> [Highlight] {
        guard let yearAgo = periods.yearAgo else { return [] }
        let current = periods.current
        let basis = "year over year"
        var chosen: [Highlight] = []

        if let growth = growthHighlight("Revenues", subject: facts.label("Revenues", fallback: "Total revenues"), from: yearAgo) {
            chosen.append(Highlight(growth: growth))
        }
        if let now = facts.margin("GrossMargin", numerator: "GrossProfit", current),
           let then = facts.margin("GrossMargin", numerator: "GrossProfit", yearAgo) {
            let points = DisplayFormat.rounded((now - then) * 100, places: 1)
            if points != 0 {
                chosen.append(Highlight(margin: MarginHighlight(
                    subject: facts.label("GrossMargin", fallback: "Gross margin"), margin: DisplayFormat.percent(now),
                    previous: DisplayFormat.percent(then), points: DisplayFormat.grouped(abs(points), places: 1),
                    up: points > 0, down: points < 0, basis: basis)))
            }
        }
        for concept in ["AdjustedEBITDA", OnePagerBuilder.operatingCashFlow] {
            guard let now = facts.value(concept, current), let then = facts.value(concept, yearAgo), (now < 0) != (then < 0) else { continue }
            let subject = concept == OnePagerBuilder.operatingCashFlow ? "Operating cash flow" : facts.label(concept, fallback: "Adjusted EBITDA")
            chosen.append(Highlight(turn: TurnHighlight(subject: subject, amount: format.prose(now), previous: format.prose(then),
                                                        positive: now >= 0, negative: now < 0, basis: basis)))
        }
        if let charge = chargeHighlight() { chosen.append(Highlight(charge: charge)) }

        // The biggest remaining moves.
        var candidates: [(ratio: Decimal, highlight: GrowthHighlight)] = []
        for member in facts.members(of: "Revenues") {
            let subject = "\(facts.label("Revenues", member: member, fallback: member)) revenues"
            if let growth = growthHighlight("Revenues", member: member, subject: subject, from: yearAgo),
               let ratio = DisplayFormat.growthRatio(facts.value("Revenues", current, member: member), from: facts.value("Revenues", yearAgo, member: member)),
               facts.value("Revenues", current, member: member).map({ $0 > 0 }) ?? false {
                candidates.append((abs(ratio), growth))
            }
        }
        for concept in ["AdjustedEBITDA", OnePagerBuilder.operatingCashFlow] {
            let subject = concept == OnePagerBuilder.operatingCashFlow ? "Operating cash flow" : facts.label(concept, fallback: "Adjusted EBITDA")
            if let now = facts.value(concept, current), now > 0, let growth = growthHighlight(concept, subject: subject, from: yearAgo),
               let ratio = DisplayFormat.growthRatio(now, from: facts.value(concept, yearAgo)) {
                candidates.append((abs(ratio), growth))
            }
        }
        for candidate in candidates.sorted(by: { $0.ratio > $1.ratio }) where chosen.count < OnePagerBuilder.highlightLimit {
            chosen.append(Highlight(growth: candidate.highlight))
        }
        return chosen
    }

    func growthHighlight(_ concept: String, member: String? = nil, subject: String, from base: Period) -> GrowthHighlight? {
        let now = facts.value(concept, periods.current, member: member)
        let then = facts.value(concept, base, member: member)
        guard let now, let then, now > 0, let ratio = DisplayFormat.growthRatio(now, from: then) else { return nil }
        let shown = DisplayFormat.rounded(ratio * 100, places: 1)
        return GrowthHighlight(subject: subject, amount: format.prose(now), change: DisplayFormat.grouped(abs(shown), places: 1) + "%",
                               previous: format.prose(then), up: shown > 0, down: shown < 0, basis: "year over year")
    }

    /// The largest impairment or restructuring charge of the quarter, when it is at least a tenth of a net loss.
    func chargeHighlight() -> ChargeHighlight? {
        let current = periods.current
        guard let concept = facts.first(OnePagerBuilder.netResult, current), let loss = facts.value(concept, current), loss < 0 else { return nil }
        let charges = model.facts.filter { fact in
            fact.period == current && fact.member == nil && fact.unit == .currency(model.document.reportingCurrency)
                && !fact.concept.hasSuffix("Adjustment") && fact.value > 0
                && (fact.concept.contains("Impairment") || fact.concept.contains("Restructuring"))
        }
        guard let charge = charges.max(by: { $0.value < $1.value }), charge.value * 10 >= abs(loss) else { return nil }
        let adjusted = facts.value("AdjustedNetIncomeLoss", current)
        return ChargeHighlight(
            subject: "Net loss", amount: format.prose(loss), charge: FactReader.lowercasedFirst(FactReader.clean(charge.label)),
            chargeAmount: format.prose(charge.value),
            adjustedSubject: adjusted.map { $0 < 0 ? "adjusted net loss" : "adjusted net income" },
            adjustedAmount: adjusted.map { format.prose($0) })
    }
}
