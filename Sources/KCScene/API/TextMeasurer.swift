/// Shapes and measures text for the layout, so the layout can be tested with any
/// implementation (KCGraphics measures with Pango and the fonts of `Fonts/`).
public protocol TextMeasurer {
    /// The advance width of `text` set on one line, and the characters no font has.
    func measure(_ text: String, style: TextStyle) throws -> TextMeasure
    /// `text` broken into lines no wider than `width` (at spaces where possible), in order.
    func lines(_ text: String, style: TextStyle, width: Double) throws -> [String]
    /// The ascent and descent of the style's font, in points.
    func metrics(_ style: TextStyle) throws -> FontMetrics
}
