import Foundation
import KCModel

/// A figure printed in more than one table (gross profit in the income statement
/// and in its reconciliation) must be the same number everywhere.
enum ConsistencyCheck {
    static func run(_ model: FinancialModel, index: FactIndex, into recorder: inout Recorder) {
        for statement in model.statements {
            for row in statement.rows where row.role != .section {
                guard let concept = row.concept else { continue }
                for column in statement.columns.indices where !statement.columns[column].isConvenienceTranslation {
                    guard let cell = FigureRef(row, column: column, in: statement),
                          let unit = unit(of: row, column: statement.columns[column]) else { continue }
                    guard let fact = index.fact(concept, FactPeriod.of(row: row, column: statement.columns[column]), member: row.member, unit: unit),
                          fact.source != cell.source else { continue }
                    let subject = "\(row.label), \(PeriodText.short(statement.columns[column].period)) in '\(statement.title)' = the same figure at line \(fact.source.line)"
                    if fact.value == cell.value * row.sign {
                        recorder.pass("consistency", subject)
                    } else {
                        recorder.fail("consistency", subject, [Finding(severity: .error, check: "consistency",
                            message: "\(row.label) for \(PeriodText.short(statement.columns[column].period)) is \(cell.text ?? "") here but \(Amount.grouped(fact.value)) at \(fact.source)",
                            location: cell.source, figures: [cell, FigureRef(fact)], expected: fact.value, found: cell.value * row.sign)])
                    }
                }
            }
        }
    }

    static func unit(of row: Row, column: Column) -> KCModel.Unit? {
        switch row.measure {
        case .monetary: return column.currency.map(KCModel.Unit.currency)
        case .perShare: return column.currency.map(KCModel.Unit.perShare)
        case .shares: return .shares
        case .ratio: return .pure
        }
    }
}

/// The period a row's cell is filed under: its column's, or the instant of a balance row.
enum FactPeriod {
    static func of(row: Row, column: Column) -> Period {
        row.balanceAt?.instant(in: column.period) ?? column.period
    }
}
