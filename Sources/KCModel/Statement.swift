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
    public var source: SourceLocation

    public init(label: String, role: RowRole, concept: String?, member: String?, measure: Measure,
                section: String?, cells: [Cell?], source: SourceLocation) {
        self.label = label
        self.role = role
        self.concept = concept
        self.member = member
        self.measure = measure
        self.section = section
        self.cells = cells
        self.source = source
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
