import KCView

/// One line of text placed on its baseline: the anchor point (x, y) is where the line
/// starts, centres or ends per `anchor`. `width` is its advance as the measurer shaped it,
/// so that tests and exporters can find its extent without shaping again.
public struct TextRun: Sendable, Hashable {
    public var text: String
    public var x: Double
    /// The baseline.
    public var y: Double
    public var anchor: TextAnchor
    public var width: Double
    public var style: TextStyle

    public init(text: String, x: Double, y: Double, anchor: TextAnchor = .start, width: Double, style: TextStyle) {
        self.text = text
        self.x = x
        self.y = y
        self.anchor = anchor
        self.width = width
        self.style = style
    }

    /// Where the run starts horizontally, whatever its anchor.
    public var left: Double {
        switch anchor {
        case .start: return x
        case .middle: return x - width / 2
        case .end: return x - width
        }
    }
}
