import KCView

/// What the e-mail templates (`email.txt`, `email.html`, the subject) see: the
/// one-pager's header, headline figures, highlights, quote and footnotes, formatted
/// once by the view, plus the e-mail's own facts (the inline page image, the attachment).
public struct EmailView: Codable, Sendable, Hashable {
    public var header: HeaderView
    public var kpis: [KPITile]
    public var highlights: [Highlight]
    public var hasHighlights: Bool
    public var quote: QuoteView?
    public var footnotes: FootnotesView
    /// The report's id in the project ("kc-2024q3").
    public var report: String
    /// `cid:…` of the page image shown in the HTML body, when there is one.
    public var pageImage: String?
    /// The attached PDF's file name.
    public var attachment: String

    /// The e-mail view of a one-pager whose highlights have been written (`OnePagerRenderer.writingHighlights`).
    public init(view: OnePagerView, report: String, pageImage: String?, attachment: String) {
        header = view.header
        kpis = view.kpis
        highlights = view.highlights
        hasHighlights = view.hasHighlights
        quote = view.quote
        footnotes = view.footnotes
        self.report = report
        self.pageImage = pageImage
        self.attachment = attachment
    }
}
