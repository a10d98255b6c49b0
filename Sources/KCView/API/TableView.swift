/// A condensed statement as the one-pager prints it: caption, unit note, column
/// headers, rows of already formatted cells.
public struct TableView: Codable, Sendable, Hashable {
    public var caption: String
    /// "RMB in millions", the header of the label column.
    public var unitNote: String
    public var columns: [TableColumn]
    public var rows: [TableRow]

    public init(caption: String, unitNote: String, columns: [TableColumn], rows: [TableRow]) {
        self.caption = caption
        self.unitNote = unitNote
        self.columns = columns
        self.rows = rows
    }
}

/// A value column's header: "Q3 2024", "YoY".
public struct TableColumn: Codable, Sendable, Hashable {
    public var label: String
    /// True for change columns (YoY, QoQ), styled apart from the figures.
    public var isChange: Bool

    public init(label: String, isChange: Bool) {
        self.label = label
        self.isChange = isChange
    }
}

/// One row: its label and one formatted cell per column.
public struct TableRow: Codable, Sendable, Hashable {
    public var label: String
    public var cells: [TableCell]
    /// A subtotal or total, printed with a rule above it.
    public var isTotal: Bool
    /// A component of the row below it (a segment of revenues).
    public var isIndented: Bool
    /// The first row of a group (non-GAAP measures, margins), printed with space above it.
    public var startsGroup: Bool
    /// A row of non-GAAP figures.
    public var isNonGAAP: Bool

    public init(label: String, cells: [TableCell], isTotal: Bool, isIndented: Bool, startsGroup: Bool, isNonGAAP: Bool) {
        self.label = label
        self.cells = cells
        self.isTotal = isTotal
        self.isIndented = isIndented
        self.startsGroup = startsGroup
        self.isNonGAAP = isNonGAAP
    }
}

/// One formatted cell: "1,885.6", "(1,061.1)", "+16.0%", "n/m".
public struct TableCell: Codable, Sendable, Hashable {
    public var text: String
    public var isNegative: Bool
    public var isChange: Bool

    public init(text: String, isNegative: Bool, isChange: Bool) {
        self.text = text
        self.isNegative = isNegative
        self.isChange = isChange
    }
}
