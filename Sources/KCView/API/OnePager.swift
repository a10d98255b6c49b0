/// The built one-pager: the view templates render, and the charts as values to lay out and draw.
public struct OnePager: Sendable, Hashable {
    public var view: OnePagerView
    /// In the order of `view.charts`, with the same ids.
    public var charts: [BarChart]

    public init(view: OnePagerView, charts: [BarChart]) {
        self.view = view
        self.charts = charts
    }
}
