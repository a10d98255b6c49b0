/// What measuring one line of text found.
public struct TextMeasure: Sendable, Hashable {
    public var width: Double
    /// Characters that no font of the folder has a glyph for; they would print as boxes.
    public var missing: [Character]

    public init(width: Double, missing: [Character] = []) {
        self.width = width
        self.missing = missing
    }
}
