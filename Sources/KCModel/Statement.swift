import Foundation

/// A table of the release as printed: its columns, and its rows in presentation
/// order with their labels, roles and cells. Facts are derived from it; checks
/// walk it to foot subtotals and reconciliations.
public struct Statement: Codable, Hashable, Sendable {
    /// Unique within the model, e.g. `income-statement` or `reconciliation-2`.
    public var id: String
    public var kind: StatementKind
    /// The title line as printed (without the company line above it).
    public var title: String
    /// The scale line as printed, e.g. "(All amounts in thousands, except for share and per share data)".
    public var scaleNote: String?
    /// Multiplier from printed to whole units for currency figures (1000 for "in thousands").
    public var scale: Decimal
    public var columns: [Column]
    public var rows: [Row]
    public var source: SourceLocation

    public init(id: String, kind: StatementKind, title: String, scaleNote: String?, scale: Decimal,
                columns: [Column], rows: [Row], source: SourceLocation) {
        self.id = id
        self.kind = kind
        self.title = title
        self.scaleNote = scaleNote
        self.scale = scale
        self.columns = columns
        self.rows = rows
        self.source = source
    }
}

/// What a table is, from its title.
public enum StatementKind: String, Codable, Hashable, Sendable {
    case balanceSheet = "balance-sheet"
    case incomeStatement = "income-statement"
    case cashFlow = "cash-flow"
    case reconciliation
    case other
}

/// One value column of a table: its period, its unit, and whether it only
/// translates another column at the convenience rate.
public struct Column: Codable, Hashable, Sendable {
    public var period: Period
    /// The currency the column is printed in (`CNY`, `USD`); nil for a column of ratios.
    public var currency: String?
    /// True for a convenience translation (the US$ column of a RMB release).
    public var isConvenienceTranslation: Bool
    /// The header text as printed, group / date / currency joined by " / ".
    public var header: String
    public var source: SourceLocation

    public init(period: Period, currency: String?, isConvenienceTranslation: Bool, header: String, source: SourceLocation) {
        self.period = period
        self.currency = currency
        self.isConvenienceTranslation = isConvenienceTranslation
        self.header = header
        self.source = source
    }
}

/// One row of a table.
public struct Row: Codable, Hashable, Sendable {
    /// Label as printed, without footnote markers or a leading dash.
    public var label: String
    public var role: RowRole
    /// Concept the row's values are filed under; nil for section rows.
    public var concept: String?
    public var member: String?
    /// Unit kind of the row's values.
    public var measure: Measure
    /// The label of the section row the row stands under ("Revenues:"), if any.
    public var section: String?
    /// One cell per column; nil where the row has no value in that column.
    public var cells: [Cell?]
    /// Multiplier from a printed cell to the fact's sign: -1 where the table
    /// prints an expense in parentheses that is filed positive.
    public var sign: Decimal
    /// True when the row's fact is taken away as the table adds up: expenses,
    /// taxes, "Less:" rows. Its contribution to a total is `-fact`.
    public var reduces: Bool
    /// For a balance printed in a column of flows ("cash at beginning of period"):
    /// the instant it is filed at. Nil for ordinary rows.
    public var balanceAt: BalancePoint?
    public var source: SourceLocation

    public init(label: String, role: RowRole, concept: String?, member: String?, measure: Measure,
                section: String?, cells: [Cell?], sign: Decimal = 1, reduces: Bool = false, balanceAt: BalancePoint? = nil,
                source: SourceLocation) {
        self.label = label
        self.role = role
        self.concept = concept
        self.member = member
        self.measure = measure
        self.section = section
        self.cells = cells
        self.sign = sign
        self.reduces = reduces
        self.balanceAt = balanceAt
        self.source = source
    }

    /// What the cell in `column` adds to the total the table builds, in the facts' sign
    /// convention: the fact, negated for rows that reduce.
    public func contribution(_ column: Int) -> Decimal? {
        guard column < cells.count, let printed = cells[column]?.value else { return nil }
        let fact = printed * sign
        return reduces ? -fact : fact
    }
}

/// Where in its column's period a balance row stands.
public enum BalancePoint: String, Codable, Hashable, Sendable {
    /// The day before the period starts ("at beginning of period").
    case periodStart = "period-start"
    /// The last day of the period ("at end of period").
    case periodEnd = "period-end"

    /// The instant a balance in a column of `period` is filed at.
    public func instant(in period: Period) -> Period {
        guard case .duration(let start, let end) = period else { return period }
        switch self {
        case .periodStart: return .instant(start.previous)
        case .periodEnd: return .instant(end)
        }
    }
}

/// The part a row plays in its table's structure.
public enum RowRole: String, Codable, Hashable, Sendable {
    /// A heading such as "Revenues:" or "Adjustments:", without values.
    case section
    /// An ordinary line item.
    case item
    /// A "Total …" row, or a row that sums the items above it (gross profit, operating loss).
    case total
    /// A dash-prefixed adjustment in a reconciliation.
    case adjustment
}

/// What kind of number a row holds.
public enum Measure: String, Codable, Hashable, Sendable {
    case monetary
    case perShare = "per-share"
    case shares
    case ratio
}

/// One printed value: the exact number in whole units, the text as printed and its place.
public struct Cell: Codable, Hashable, Sendable {
    /// Value in whole units; nil when printed as a nil mark (`-`, `—`).
    public var value: Decimal?
    /// The cell as printed.
    public var text: String
    public var source: SourceLocation

    public init(value: Decimal?, text: String, source: SourceLocation) {
        self.value = value
        self.text = text
        self.source = source
    }
}
