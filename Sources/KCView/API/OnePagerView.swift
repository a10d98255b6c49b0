/// Every string the Markdown and HTML one-pagers show, formatted once; what the
/// templates see. Only strings, flags, lists and nested values of the same kinds.
public struct OnePagerView: Codable, Sendable, Hashable {
    public var header: HeaderView
    public var kpis: [KPITile]
    public var charts: [ChartView]
    public var incomeStatement: TableView
    public var highlights: [Highlight]
    /// True when there is at least one highlight or a quote, so the section has a heading.
    public var hasHighlights: Bool
    /// The management quote, when the source has one.
    public var quote: QuoteView?
    public var footnotes: FootnotesView

    public init(header: HeaderView, kpis: [KPITile], charts: [ChartView], incomeStatement: TableView,
                highlights: [Highlight], quote: QuoteView?, footnotes: FootnotesView) {
        self.header = header
        self.kpis = kpis
        self.charts = charts
        self.incomeStatement = incomeStatement
        self.highlights = highlights
        hasHighlights = !highlights.isEmpty || quote != nil
        self.quote = quote
        self.footnotes = footnotes
    }
}
