import Foundation
import KCModel

/// Evaluates `identities` on the model's facts, in every period the driving concept has.
enum IdentityCheck {
    static func run(_ model: FinancialModel, index: FactIndex, into recorder: inout Recorder) {
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
    /// The model's facts; the tables below hold positions in it, which are cheaper to store than copies of facts.
    private let facts: [Fact]
    private var byKey: [FactKey: Int] = [:]
    private var periodsByConcept: [ConceptUnit: [Period]] = [:]
    /// The first fact of each concept and member, in model order.
    private var firstBySubject: [Subject: Int] = [:]

    /// Keys made of their parts: joining them into strings cost more than the lookups.
    private struct ConceptUnit: Hashable {
        var concept: String
        var unit: KCModel.Unit
    }

    private struct Subject: Hashable {
        var concept: String
        var member: String?
    }
    /// Figures printed as a nil mark ("-", "—"): present in the table, and zero.
    private var printedNil: Set<FactKey> = []

    init(_ model: FinancialModel) {
        facts = model.facts
        byKey.reserveCapacity(facts.count)
        for (position, fact) in facts.enumerated() {
            byKey[fact.key] = position
            if fact.member == nil { periodsByConcept[ConceptUnit(concept: fact.concept, unit: fact.unit), default: []].append(fact.period) }
            let subject = Subject(concept: fact.concept, member: fact.member)
            if firstBySubject[subject] == nil { firstBySubject[subject] = position }
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
        byKey[FactKey(concept: concept, period: period, member: member, unit: unit)].map { facts[$0] }
    }

    func periods(of concept: String, unit: KCModel.Unit) -> [Period] {
        periodsByConcept[ConceptUnit(concept: concept, unit: unit)] ?? []
    }

    /// The first fact the model has of a concept and member.
    func firstFact(_ concept: String, member: String?) -> Fact? {
        firstBySubject[Subject(concept: concept, member: member)].map { facts[$0] }
    }
}
