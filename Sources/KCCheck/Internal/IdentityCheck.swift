import Foundation
import KCModel

/// Evaluates `identities` on the model's facts, in every period the driving concept has.
enum IdentityCheck {
    static func run(_ model: FinancialModel, into recorder: inout Recorder) {
        let index = FactIndex(model)
        let currency = KCModel.Unit.currency(model.document.reportingCurrency)
        for identity in identities {
            for period in index.periods(of: identity.periodsOf, unit: currency) {
                guard let resultPeriod = resolve(identity.resultWhen, period) else { continue }
                let subject = "\(identity.name), \(PeriodText.short(resultPeriod))"
                guard let result = index.fact(identity.result, resultPeriod, unit: currency) else {
                    recorder.skip("identity", subject, reason: "\(identity.result) is not in the release for \(PeriodText.short(resultPeriod))")
                    continue
                }
                var sum: Decimal = 0
                var parts: [FigureRef] = []
                var missing: [String] = []
                for term in identity.terms {
                    guard let termPeriod = resolve(term.when, period) else { missing.append(term.concept); continue }
                    let candidates = [term.concept] + term.otherwise
                    if let fact = candidates.lazy.compactMap({ index.fact($0, termPeriod, unit: currency) }).first {
                        sum += Decimal(term.coefficient) * fact.value
                        parts.append(FigureRef(fact))
                    } else if !term.optional {
                        missing.append("\(term.concept) for \(PeriodText.short(termPeriod))")
                    }
                }
                guard missing.isEmpty else {
                    recorder.skip("identity", subject, reason: "not in the release: \(missing.joined(separator: ", "))")
                    continue
                }
                let scale = model.statements.first { $0.id == result.statement }?.scale ?? model.document.scale
                recorder.compareSum("identity", subject, expected: sum, found: FigureRef(result), parts: parts,
                                    unit: scale, partsCount: parts.count)
            }
        }
    }

    static func resolve(_ when: Identity.When, _ period: Period) -> Period? {
        switch (when, period) {
        case (.same, _): return period
        case (.periodEnd, .duration(_, let end)): return .instant(end)
        case (.beforeStart, .duration(let start, _)): return .instant(start.previous)
        case (.quarterEnding, .instant(let day)): return .duration(start: day.startOfPeriod(months: 3), end: day)
        default: return nil
        }
    }
}

/// Facts by key, for quick lookups by the checks.
struct FactIndex {
    private var byKey: [FactKey: Fact] = [:]
    private var periodsByConcept: [String: [Period]] = [:]
    /// Figures printed as a nil mark ("-", "—"): present in the table, and zero.
    private var printedNil: Set<FactKey> = []

    init(_ model: FinancialModel) {
        for fact in model.facts {
            byKey[fact.key] = fact
            if fact.member == nil { periodsByConcept[fact.concept + "|" + fact.unit.rawValue, default: []].append(fact.period) }
        }
        let currency = KCModel.Unit.currency(model.document.reportingCurrency)
        for statement in model.statements {
            for row in statement.rows where row.measure == .monetary {
                guard let concept = row.concept else { continue }
                for (column, cell) in row.cells.enumerated() where cell != nil && cell?.value == nil {
                    guard column < statement.columns.count, !statement.columns[column].isConvenienceTranslation else { continue }
                    printedNil.insert(FactKey(concept: concept, period: statement.columns[column].period, member: row.member, unit: currency))
                }
            }
        }
    }

    /// Whether the release prints this figure as a nil mark, which counts as zero.
    func isPrintedNil(_ concept: String, _ period: Period, member: String? = nil, unit: KCModel.Unit) -> Bool {
        printedNil.contains(FactKey(concept: concept, period: period, member: member, unit: unit))
    }

    func fact(_ concept: String, _ period: Period, member: String? = nil, unit: KCModel.Unit) -> Fact? {
        byKey[FactKey(concept: concept, period: period, member: member, unit: unit)]
    }

    func periods(of concept: String, unit: KCModel.Unit) -> [Period] {
        periodsByConcept[concept + "|" + unit.rawValue] ?? []
    }
}
