import Foundation
import KCModel

/// Files the cells of read statements as facts: one per concept, period,
/// member and unit. Convenience-translation columns give no facts. A figure
/// printed twice with different values is kept as first printed and reported.
struct FactBuilder {
    private(set) var facts: [Fact] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var index: [FactKey: Int] = [:]

    mutating func add(_ result: StatementReader.Result) {
        let statement = result.statement
        var columnsWithoutCurrency: Set<Int> = []
        for (rowIndex, row) in statement.rows.enumerated() {
            guard let concept = row.concept else { continue }
            let sign = result.signs[rowIndex]
            for (columnIndex, cell) in row.cells.enumerated() {
                guard let cell, let printed = cell.value, columnIndex < statement.columns.count else { continue }
                let column = statement.columns[columnIndex]
                guard !column.isConvenienceTranslation else { continue }
                guard let unit = FactBuilder.unit(for: row.measure, currency: column.currency) else {
                    // Once per column, at its header: every figure below it has the same problem.
                    if columnsWithoutCurrency.insert(columnIndex).inserted {
                        diagnostics.append(Diagnostic(.error, "no currency is known for column \(columnIndex + 1) of '\(statement.title)'; expected a currency row (RMB, US$) or a currency in the scale note", at: column.source))
                    }
                    continue
                }
                let period = FactBuilder.period(column.period, instant: result.instants[rowIndex])
                let fact = Fact(concept: concept, value: FactBuilder.signed(printed, by: sign), unit: unit, period: period, member: row.member,
                                label: row.label, source: cell.source, statement: statement.id)
                insert(fact)
            }
        }
    }

    /// `value × sign`; signs are almost always ±1, which need no Decimal multiplication.
    static func signed(_ value: Decimal, by sign: Decimal) -> Decimal {
        if sign == 1 { return value }
        if sign == -1 { return -value }
        return value * sign
    }

    private mutating func insert(_ fact: Fact) {
        // Looked up and, when new, inserted in one access: the key is hashed once.
        let next = facts.count
        let existing = FactBuilder.read(&index[fact.key, default: next])
        if existing != next {
            let first = facts[existing]
            if first.value != fact.value {
                diagnostics.append(Diagnostic(.warning, "\(fact.label) for \(fact.period) is \(fact.value) here but \(first.value) at \(first.source); the first is kept", at: fact.source))
            }
            return
        }
        facts.append(fact)
    }

    /// Reads through an `inout` access, so `dictionary[key, default: value]` stores the default.
    private static func read(_ slot: inout Int) -> Int { slot }

    static func unit(for measure: Measure, currency: String?) -> KCModel.Unit? {
        switch measure {
        case .monetary: return currency.map(KCModel.Unit.currency)
        case .perShare: return currency.map(KCModel.Unit.perShare)
        case .shares: return .shares
        case .ratio: return .pure
        }
    }

    /// Cash balances "at beginning of period" are instants on the day before the period starts.
    static func period(_ column: Period, instant: ConceptEntry.Instant?) -> Period {
        guard let instant, case .duration(let start, let end) = column else { return column }
        switch instant {
        case .periodStart: return .instant(start.previous)
        case .periodEnd: return .instant(end)
        }
    }

    /// Marks columns that translate another column of the same period into a
    /// currency other than the reporting one.
    static func markConvenienceColumns(_ statement: inout Statement, reportingCurrency: String) {
        let reportedPeriods = Set(statement.columns.filter { $0.currency == reportingCurrency || $0.currency == nil }.map(\.period))
        for i in statement.columns.indices {
            let column = statement.columns[i]
            if let currency = column.currency, currency != reportingCurrency, reportedPeriods.contains(column.period) {
                statement.columns[i].isConvenienceTranslation = true
            }
        }
    }
}
