/// How a line or outline is drawn: colour, width in points, and an optional dash pattern.
public struct Stroke: Sendable, Hashable {
    public var color: SceneColor
    public var width: Double
    /// Lengths of dashes and gaps; empty for a solid line.
    public var dash: [Double]

    public init(color: SceneColor, width: Double, dash: [Double] = []) {
        self.color = color
        self.width = width
        self.dash = dash
    }
}
