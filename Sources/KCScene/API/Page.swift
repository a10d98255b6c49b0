/// One page of a scene: its size in points and what is drawn on it, in order.
public struct Page: Sendable, Hashable {
    public var width: Double
    public var height: Double
    /// The page's content; frames nest, each item in the coordinates of its frame.
    public var root: Frame

    public init(width: Double, height: Double, root: Frame) {
        self.width = width
        self.height = height
        self.root = root
    }
}
