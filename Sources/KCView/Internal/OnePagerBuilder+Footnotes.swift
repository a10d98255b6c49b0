import Foundation
import KCModel

extension OnePagerBuilder {
    func footnotes() -> FootnotesView {
        let current = periods.current
        let nonGAAPConcepts = ["AdjustedGrossProfit", "AdjustedEBITDA", "AdjustedNetIncomeLoss"]
        let measures = nonGAAPConcepts.filter { facts.value($0, current) != nil }
            .map { FactReader.lowercasedFirst(facts.label($0, fallback: $0)) }
        var adjustments: [String] = []
        // The items EBITDA adds back by definition (interest, taxes, depreciation, amortization) go without saying.
        let definitional = ["Interest", "IncomeTax", "Depreciation", "Amortization"]
        for fact in model.facts where fact.period == current && fact.concept.hasSuffix("Adjustment")
            && !definitional.contains(where: { fact.concept.contains($0) }) {
            let label = FactReader.lowercasedFirst(FactReader.withoutExplanations(FactReader.clean(fact.label)))
            if !adjustments.contains(label) { adjustments.append(label) }
        }
        let nonGAAP = measures.isEmpty ? nil : NonGAAPNote(measures: FactReader.list(measures),
                                                           adjustments: adjustments.isEmpty ? nil : FactReader.list(adjustments))
        let rate = model.document.convenienceRate.map {
            RateNote(rate: rateText($0), date: $0.date.map(ReportPeriods.longDate), usedForDisplay: translated,
                     currency: DisplayFormat.symbol($0.to).trimmingCharacters(in: .whitespaces))
        }
        return FootnotesView(nonGAAP: nonGAAP, convenienceRate: rate, source: model.document.sourceFile,
                             sourceTitle: model.document.headline, checks: checksNote(), rounding: totalsMayNotAdd(),
                             link: model.document.links.first)
    }

    func checksNote() -> ChecksNote {
        guard let checks else {
            return ChecksNote(notRun: true, passed: false, failed: false, count: "0", countPhrase: "no checks", errors: nil, warnings: nil)
        }
        func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
        return ChecksNote(notRun: false, passed: checks.isClean, failed: !checks.isClean, count: "\(checks.run)",
                          countPhrase: counted(checks.run, "check"),
                          errors: checks.errors > 0 ? counted(checks.errors, "error") : nil,
                          warnings: checks.warnings > 0 ? counted(checks.warnings, "warning") : nil)
    }
}
