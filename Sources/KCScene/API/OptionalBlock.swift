/// The parts of the one-pager that may go when the page is full, in the order they go
/// (after the text has been shrunk as far as it may): the management quote, highlights
/// after the third, the charts after the first (the margin chart), the remaining
/// highlights, the first chart (the revenue mix).
/// The header, the KPI tiles, the income statement and the footnotes always stay.
public enum OptionalBlock: Int, Sendable, Hashable, CaseIterable, Comparable {
    case quote
    case extraHighlights
    case trailingCharts
    case highlights
    case charts

    /// How the build reports the block when it was dropped.
    public var description: String {
        switch self {
        case .quote: return "management quote"
        case .extraHighlights: return "highlights after the third"
        case .trailingCharts: return "charts after the first"
        case .highlights: return "highlights"
        case .charts: return "first chart"
        }
    }

    public static func < (lhs: OptionalBlock, rhs: OptionalBlock) -> Bool { lhs.rawValue < rhs.rawValue }
}
