/// A rectangle of the page holding items in its own coordinates (origin at its top left):
/// text runs, shapes and nested frames. A frame may say what it is in the document's
/// structure (heading, paragraph, table cell, figure), carry an outline entry, and link
/// its area to a URI.
public struct Frame: Sendable, Hashable {
    /// Position of the frame's top left in its parent's coordinates.
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double
    /// What the frame is in the document's structure, for tagged PDF; nil for a plain group.
    public var role: StructureRole?
    /// The title of an outline entry (PDF bookmark) pointing at the frame's top.
    public var outline: String?
    /// A URI the frame's area links to.
    public var link: String?
    /// What is drawn, in order.
    public var items: [SceneItem]

    public init(x: Double = 0, y: Double = 0, width: Double, height: Double, role: StructureRole? = nil,
                outline: String? = nil, link: String? = nil, items: [SceneItem] = []) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
        self.role = role
        self.outline = outline
        self.link = link
        self.items = items
    }

    /// The frame moved by (dx, dy).
    public func offset(by dx: Double, _ dy: Double) -> Frame {
        var frame = self
        frame.x += dx
        frame.y += dy
        return frame
    }
}
