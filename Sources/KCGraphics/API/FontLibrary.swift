import CPangoCairo
import Foundation
import KCScene

/// The fonts of one folder (`Fonts/`), registered with a fontconfig configuration of
/// kcreport's own and handed to a Pango font map; shapes and measures text for the layout.
/// No system font is ever used, so a build looks the same on every machine.
public final class FontLibrary: TextMeasurer {
    /// The family text is set in unless a style says otherwise.
    public let family: String
    /// The font files registered, by name.
    public var files: [String] { configuration.files }

    let configuration: FontConfiguration
    let fontMap: GObjectHandle
    let text: PangoText
    private var widths: [WidthKey: TextMeasure] = [:]
    private var metricsCache: [TextStyle: FontMetrics] = [:]

    private struct WidthKey: Hashable {
        var text: String
        var style: TextStyle
    }

    /// Loads the fonts of `folder`; throws when the folder is missing or has no font of `family`.
    public init(folder: String, family: String = TextStyle.defaultFamily) throws {
        (configuration, fontMap, text) = try GraphicsLock.withLock { try FontLibrary.load(folder: folder, family: family) }
        self.family = family
    }

    private static func load(folder: String, family: String) throws -> (FontConfiguration, GObjectHandle, PangoText) {
        let configuration = try FontConfiguration(folder: folder)
        guard !configuration.styles(of: family).isEmpty else {
            throw GraphicsError("\(folder): no font of the family “\(family)” (the folder has \(configuration.files.joined(separator: ", "))); run scripts/setup.sh to copy Inter into it", isConfiguration: true)
        }
        guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else {
            throw GraphicsError("Pango has no FreeType font map")
        }
        let fontMap = GObjectHandle(gpointer(map))
        pango_fc_font_map_set_config(OpaquePointer(fontMap.raw), configuration.pointer)
        return (configuration, fontMap, PangoText(context: try PangoText.makeContext(fontMap: fontMap)))
    }

    /// The styles the folder has of `family` ("Bold", "Regular" …).
    public func styles(of family: String) -> [String] {
        GraphicsLock.withLock { configuration.styles(of: family) }
    }

    public func measure(_ string: String, style: TextStyle) throws -> TextMeasure {
        try GraphicsLock.withLock { try measureLocked(string, style: style) }
    }

    private func measureLocked(_ string: String, style: TextStyle) throws -> TextMeasure {
        let key = WidthKey(text: string, style: style)
        if let known = widths[key] { return known }
        let layout = try text.layout(string, style: style)
        var missing: [Character] = []
        if PangoText.unknownGlyphs(layout) > 0 {
            for character in string where !character.isWhitespace && !missing.contains(character) {
                if PangoText.unknownGlyphs(try text.layout(String(character), style: style)) > 0 { missing.append(character) }
            }
        }
        let measure = TextMeasure(width: PangoText.width(layout), missing: missing)
        widths[key] = measure
        return measure
    }

    public func lines(_ string: String, style: TextStyle, width: Double) throws -> [String] {
        try GraphicsLock.withLock { PangoText.lines(try text.layout(string, style: style, width: width), text: string) }
    }

    public func metrics(_ style: TextStyle) throws -> FontMetrics {
        try GraphicsLock.withLock { try metricsLocked(style) }
    }

    private func metricsLocked(_ style: TextStyle) throws -> FontMetrics {
        var key = style
        key.color = SceneColor(red: 0, green: 0, blue: 0)
        if let known = metricsCache[key] { return known }
        let font = try FontDescription(family: PangoText.families(style), size: style.size, weight: style.weight.rawValue, italic: style.italic)
        guard let metrics = pango_context_get_metrics(text.context.opaque, font.pointer, pango_language_from_string(style.language ?? "en")) else {
            throw GraphicsError("Pango has no metrics for \(style.family) at \(style.size) pt")
        }
        defer { pango_font_metrics_unref(metrics) }
        let result = FontMetrics(ascent: Double(pango_font_metrics_get_ascent(metrics)) / Double(PANGO_SCALE),
                                 descent: Double(pango_font_metrics_get_descent(metrics)) / Double(PANGO_SCALE))
        metricsCache[key] = result
        return result
    }
}
