import Foundation
import KCModel

/// Sums down each table as its own structure says: a "Total …" row that closes a
/// section equals the rows of that section; in statements of operations and
/// reconciliations every other total row equals the total above it plus the rows
/// in between (a section's rows counted through its "Total" row).
enum FootingCheck {
    /// Totals whose running base is not the total just above them, by concept.
    static let runningBases: [String: String] = [
        "ComprehensiveIncomeNetOfTaxIncludingPortionAttributableToNoncontrollingInterest": "ProfitLoss",
    ]

    static func run(_ model: FinancialModel, index: FactIndex, into recorder: inout Recorder) {
        for statement in model.statements {
            checkSectionTotals(statement, into: &recorder)
            if statement.kind == .incomeStatement || statement.kind == .reconciliation {
                checkRunningTotals(statement, into: &recorder)
            }
        }
    }

    static func isSectionTotal(_ row: Row) -> Bool {
        row.role == .total && row.section != nil && row.label.lowercased().hasPrefix("total")
    }

    static func valueColumns(_ statement: Statement) -> [Int] {
        statement.columns.indices.filter { !statement.columns[$0].isConvenienceTranslation }
    }

    static func checkSectionTotals(_ statement: Statement, into recorder: inout Recorder) {
        guard statement.kind != .reconciliation else { return }
        for (index, total) in statement.rows.enumerated() where isSectionTotal(total) && total.measure == .monetary {
            let items = statement.rows[..<index].filter { $0.section == total.section && $0.role != .section && $0.measure == .monetary }
            for column in valueColumns(statement) {
                let subject = "\(total.label) = sum of \(total.section ?? "its section"), \(PeriodText.short(statement.columns[column].period))"
                guard let found = FigureRef(total, column: column, in: statement), let totalContribution = total.contribution(column) else { continue }
                guard !items.isEmpty else {
                    recorder.skip("footing", subject, reason: "no rows stand under '\(total.section ?? "")'")
                    continue
                }
                let sum = items.compactMap { $0.contribution(column) }.reduce(0, +)
                // Compare in the total's own printed sign.
                let factor = Amount.signFactor(found.value, totalContribution)
                recorder.compareSum("footing", subject, expected: sum * factor, found: found,
                                    parts: items.compactMap { FigureRef($0, column: column, in: statement) },
                                    unit: statement.scale, partsCount: items.count)
            }
        }
    }

    static func checkRunningTotals(_ statement: Statement, into recorder: inout Recorder) {
        let rows = statement.rows
        var previousTotal: Int?
        for (index, row) in rows.enumerated() where row.measure == .monetary && row.role != .section {
            let isRunningTotal = row.role == .total && !isSectionTotal(row)
            let isAnchor = isRunningTotal || (statement.kind == .reconciliation && previousTotal == nil)
            guard isAnchor else { continue }
            defer { previousTotal = index }
            guard let previous = previousTotal else { continue }
            var base = previous
            if let concept = row.concept, let baseConcept = runningBases[concept],
               let found = rows[..<index].lastIndex(where: { $0.concept == baseConcept && $0.member == nil }) {
                base = found
            }
            // Rows since the last total, a section's rows replaced by its "Total" row.
            let between = rows[(previous + 1)..<index].filter { candidate in
                guard candidate.measure == .monetary, candidate.role != .section else { return false }
                if isSectionTotal(candidate) { return true }
                if let section = candidate.section,
                   rows[(previous + 1)..<index].contains(where: { isSectionTotal($0) && $0.section == section }) {
                    return false
                }
                return candidate.role != .total
            }
            for column in valueColumns(statement) {
                let subject = "\(row.label) = \(rows[base].label) and the rows between, \(PeriodText.short(statement.columns[column].period))"
                guard !between.isEmpty || base != previous else {
                    recorder.skip("footing", subject, reason: "the table prints no rows between '\(rows[base].label)' and '\(row.label)'")
                    continue
                }
                guard let found = FigureRef(row, column: column, in: statement), let rowContribution = row.contribution(column) else { continue }
                guard let baseValue = rows[base].contribution(column) else {
                    recorder.skip("footing", subject, reason: "'\(rows[base].label)' has no figure in this column")
                    continue
                }
                let sum = baseValue + between.compactMap { $0.contribution(column) }.reduce(0, +)
                let factor = Amount.signFactor(found.value, rowContribution)
                var parts = [FigureRef(rows[base], column: column, in: statement)].compactMap { $0 }
                parts += between.compactMap { FigureRef($0, column: column, in: statement) }
                recorder.compareSum(statement.kind == .reconciliation ? "reconciliation" : "footing", subject,
                                    expected: sum * factor, found: found, parts: parts,
                                    unit: statement.scale, partsCount: between.count + 1)
            }
        }
    }
}
