/// A chart laid out into primitives: points, origin top-left, y down. The SVG writer
/// (and later the PDF stage) draws these and knows nothing of charts.
public struct Drawing: Sendable, Hashable {
    public var width: Double
    public var height: Double
    /// For `<title>`: what the drawing is.
    public var title: String
    /// For `<desc>`: what it shows, in a sentence or two.
    public var description: String
    public var primitives: [Primitive]

    public init(width: Double, height: Double, title: String, description: String, primitives: [Primitive]) {
        self.width = width
        self.height = height
        self.title = title
        self.description = description
        self.primitives = primitives
    }
}

/// One thing to draw.
public enum Primitive: Sendable, Hashable {
    case rect(x: Double, y: Double, width: Double, height: Double, fill: Paint)
    case line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: Paint, width: Double, dashed: Bool)
    /// A polyline or polygon through `points`, stroked and optionally filled.
    case path(points: [Point], closed: Bool, stroke: Paint?, fill: Paint?, width: Double)
    /// Text whose baseline starts, centres or ends at (x, y) per `anchor`.
    case text(String, x: Double, y: Double, anchor: TextAnchor, size: Double, bold: Bool, fill: Paint)
}

/// A point in the drawing's coordinates.
public struct Point: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// Where a text's anchor point sits on its baseline.
public enum TextAnchor: String, Sendable, Hashable {
    case start, middle, end
}

/// A colour with the role it plays, so a renderer can restyle a role (dark mode) and keep the default colour otherwise.
public struct Paint: Sendable, Hashable {
    /// `#rrggbb`.
    public var hex: String
    /// "ink", "muted", "grid", "axis", "series-1" …
    public var role: String
    public init(hex: String, role: String) {
        self.hex = hex
        self.role = role
    }
}
