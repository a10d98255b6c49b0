/// A font's vertical extent above and below the baseline, in points.
public struct FontMetrics: Sendable, Hashable {
    public var ascent: Double
    public var descent: Double

    public init(ascent: Double, descent: Double) {
        self.ascent = ascent
        self.descent = descent
    }
}
