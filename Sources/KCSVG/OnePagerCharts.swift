import KCView

/// The one-pager's charts laid out and written as SVG: standalone files for `charts/`,
/// and the same drawings inlined into the view for the HTML page.
public enum OnePagerCharts {
    /// One SVG file per chart: (path relative to the one-pager, file text).
    public static func files(_ pager: OnePager, layout: ChartLayout = ChartLayout()) -> [(path: String, text: String)] {
        zip(pager.view.charts, pager.charts).map { view, chart in
            (view.file, SVGWriter(mode: .file, idPrefix: chart.id).write(layout.layout(chart)))
        }
    }

    /// The view with each chart's `svg` set to inline markup.
    public static func inlined(_ pager: OnePager, layout: ChartLayout = ChartLayout()) -> OnePagerView {
        var view = pager.view
        for (index, chart) in pager.charts.enumerated() where view.charts.indices.contains(index) {
            view.charts[index].svg = SVGWriter(mode: .inline, idPrefix: chart.id).write(layout.layout(chart))
        }
        return view
    }
}
