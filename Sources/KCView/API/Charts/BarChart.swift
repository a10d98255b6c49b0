/// A bar chart as a value: categories (quarters), series with values and labels
/// already formatted. Laid out into a `Drawing` by `ChartLayout`.
public struct BarChart: Sendable, Hashable {
    /// Stacked bars (segments of a total) or grouped bars (one per series, side by side).
    public enum Kind: Sendable, Hashable { case stacked, grouped }

    /// How the value axis prints its ticks.
    public enum Axis: Sendable, Hashable {
        /// Amounts in display units, with thousands separators.
        case amount
        /// Ratios shown as percentages (0.1 → "10%").
        case percent
    }

    public var id: String
    public var title: String
    public var description: String
    public var kind: Kind
    public var axis: Axis
    /// "RMB in millions", printed above the axis.
    public var unitNote: String?
    /// "Q3'23" …; one per slot.
    public var categories: [String]
    public var series: [BarSeries]
    /// Labels printed above each stack (stacked charts); nil where there is no total.
    public var totals: [String?]
    /// What a slot with no figures says ("n/a").
    public var missingLabel: String

    public init(id: String, title: String, description: String, kind: Kind, axis: Axis, unitNote: String?,
                categories: [String], series: [BarSeries], totals: [String?], missingLabel: String = "n/a") {
        self.id = id
        self.title = title
        self.description = description
        self.kind = kind
        self.axis = axis
        self.unitNote = unitNote
        self.categories = categories
        self.series = series
        self.totals = totals
        self.missingLabel = missingLabel
    }
}

/// One series of a bar chart: a name for the legend, one value per category (nil when missing) and its label.
public struct BarSeries: Sendable, Hashable {
    public var name: String
    /// Geometry only: the value in display units (millions, or a ratio).
    public var values: [Double?]
    /// Printed value labels ("16.1%"); nil for none.
    public var labels: [String?]

    public init(name: String, values: [Double?], labels: [String?]) {
        self.name = name
        self.values = values
        self.labels = labels
    }
}
