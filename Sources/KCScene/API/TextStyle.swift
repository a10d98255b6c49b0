/// How a text run is set: family, size in points, weight, slant, colour, figures, language.
public struct TextStyle: Sendable, Hashable {
    /// The font family asked for; glyphs it lacks come from the fallback fonts (CJK) of the same folder.
    public var family: String
    public var size: Double
    public var weight: FontWeight
    public var italic: Bool
    /// Tabular lining figures (OpenType `tnum`, `lnum`), so columns of numbers line up.
    public var tabular: Bool
    public var color: SceneColor
    /// BCP 47 tag of the text's language when it is not the page's ("zh"), so the right CJK forms are chosen.
    public var language: String?

    public init(family: String = TextStyle.defaultFamily, size: Double, weight: FontWeight = .regular, italic: Bool = false,
                tabular: Bool = false, color: SceneColor, language: String? = nil) {
        self.family = family
        self.size = size
        self.weight = weight
        self.italic = italic
        self.tabular = tabular
        self.color = color
        self.language = language
    }

    /// The page's typeface.
    public static let defaultFamily = "Inter"

    /// The same style at another size.
    public func sized(_ size: Double) -> TextStyle {
        var style = self
        style.size = size
        return style
    }
}
