import KCView

/// One thing a frame draws: a text run, a shape, or a nested frame.
public indirect enum SceneItem: Sendable, Hashable {
    case text(TextRun)
    /// A rectangle, filled and/or stroked.
    case rect(x: Double, y: Double, width: Double, height: Double, fill: SceneColor?, stroke: Stroke?)
    case line(from: Point, to: Point, stroke: Stroke)
    /// A polyline or polygon through `points`, filled and/or stroked.
    case path(points: [Point], closed: Bool, fill: SceneColor?, stroke: Stroke?)
    case frame(Frame)
}
