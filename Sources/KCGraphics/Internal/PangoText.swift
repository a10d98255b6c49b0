internal import CCairo
internal import CPangoCairo
import KCScene

/// Makes Pango layouts of styled text in one Pango context: the font description, the
/// tabular-figures feature and the language as attributes. One place, so the layout
/// measured and the layout drawn are made the same way. Call with the library's lock held.
struct PangoText {
    let context: GObjectHandle

    /// A Pango context on `fontMap` with the page's rendering rules: 72 dpi (a point is a
    /// unit), no hinting of outlines or metrics, unrounded glyph positions, English, left to right.
    static func makeContext(fontMap: GObjectHandle) throws -> GObjectHandle {
        guard let raw = pango_font_map_create_context(fontMap.typed(PangoFontMap.self)) else {
            throw GraphicsError("pango_font_map_create_context returned nothing")
        }
        let context = GObjectHandle(gpointer(raw), lock: fontMap.lock)
        pango_cairo_context_set_resolution(context.opaque, 72)
        guard let options = cairo_font_options_create() else { throw GraphicsError("cairo_font_options_create returned nothing") }
        defer { cairo_font_options_destroy(options) }
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        try CairoStatus.check(cairo_font_options_status(options), "setting the font options")
        pango_cairo_context_set_font_options(context.opaque, options)
        pango_context_set_round_glyph_positions(context.opaque, 0)
        pango_context_set_language(context.opaque, pango_language_from_string("en"))
        pango_context_set_base_dir(context.opaque, PANGO_DIRECTION_LTR)
        return context
    }

    /// A one-paragraph layout of `text` in `style`; wrapped at `width` points when given.
    func layout(_ text: String, style: TextStyle, width: Double? = nil) throws -> GObjectHandle {
        guard let raw = pango_layout_new(context.opaque) else { throw GraphicsError("pango_layout_new returned nothing") }
        let layout = GObjectHandle(gpointer(raw), lock: context.lock)
        let font = try FontDescription(style)
        pango_layout_set_font_description(layout.opaque, font.pointer)
        let attributes = try AttributeList()
        if style.tabular { try attributes.insert(pango_attr_font_features_new("tnum=1,lnum=1")) }
        if let language = style.language { try attributes.insert(pango_attr_language_new(pango_language_from_string(language))) }
        pango_layout_set_attributes(layout.opaque, attributes.pointer)
        pango_layout_set_single_paragraph_mode(layout.opaque, 1)
        if let width {
            pango_layout_set_width(layout.opaque, max(1, PangoText.units(width)))
            pango_layout_set_wrap(layout.opaque, PANGO_WRAP_WORD_CHAR)
        }
        pango_layout_set_text(layout.opaque, text, -1)
        return layout
    }

    /// The style's family, then the CJK family whose regional forms suit the text's language
    /// ("zh" and "zh-Hans" Simplified Chinese, "zh-Hant"/"zh-TW" Traditional, "zh-HK", "ja", "ko"),
    /// so fallback does not draw Chinese in Japanese forms. A family the folder lacks is skipped.
    static func families(_ style: TextStyle) -> String {
        guard let language = style.language?.lowercased() else { return style.family }
        let regional: String?
        if language.hasPrefix("zh") {
            if language.contains("hk") { regional = "Noto Sans CJK HK" }
            else if language.contains("hant") || language.contains("tw") || language.contains("mo") { regional = "Noto Sans CJK TC" }
            else { regional = "Noto Sans CJK SC" }
        } else if language.hasPrefix("ja") {
            regional = "Noto Sans CJK JP"
        } else if language.hasPrefix("ko") {
            regional = "Noto Sans CJK KR"
        } else {
            regional = nil
        }
        return regional.map { "\(style.family),\($0)" } ?? style.family
    }

    /// The layout's logical width in points.
    static func width(_ layout: GObjectHandle) -> Double {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout.opaque, nil, &logical)
        return Double(logical.width) / Double(PANGO_SCALE)
    }

    /// A length in points as Pango units, rounded down.
    static func units(_ points: Double) -> Int32 {
        Int32((points * Double(PANGO_SCALE)).rounded(.down))
    }

    /// Distance from the layout's top to its first baseline, in points.
    static func baseline(_ layout: GObjectHandle) -> Double {
        Double(pango_layout_get_baseline(layout.opaque)) / Double(PANGO_SCALE)
    }

    /// How many glyphs no font has (drawn as boxes).
    static func unknownGlyphs(_ layout: GObjectHandle) -> Int {
        Int(pango_layout_get_unknown_glyphs_count(layout.opaque))
    }

    /// The text of each line of a wrapped layout, without trailing spaces.
    static func lines(_ layout: GObjectHandle, text: String) -> [String] {
        let bytes = Array(text.utf8)
        var lines: [String] = []
        for index in 0..<pango_layout_get_line_count(layout.opaque) {
            guard let line = pango_layout_get_line_readonly(layout.opaque, index) else { continue }
            let start = max(0, min(bytes.count, Int(line.pointee.start_index)))
            let end = max(start, min(bytes.count, start + Int(line.pointee.length)))
            var piece = String(decoding: bytes[start..<end], as: UTF8.self)
            while piece.last?.isWhitespace == true { piece.removeLast() }
            if !piece.isEmpty { lines.append(piece) }
        }
        return lines
    }
}
