/// What the templates know of a chart: its title, description, image file and, for HTML, its inline SVG.
public struct ChartView: Codable, Sendable, Hashable {
    /// "revenue-mix"; the chart's file is `charts/<id>.svg`.
    public var id: String
    public var title: String
    /// One or two sentences saying what the chart shows, for `<desc>` and alt text.
    public var description: String
    /// Path of the SVG file relative to the one-pager: "charts/revenue-mix.svg".
    public var file: String
    /// The chart as inline SVG markup, filled in by the build from the SVG writer; empty until then.
    public var svg: String

    public init(id: String, title: String, description: String, file: String, svg: String = "") {
        self.id = id
        self.title = title
        self.description = description
        self.file = file
        self.svg = svg
    }
}
