internal import CPangoCairo

/// Owns a Pango font description and frees it in `deinit`, without a lock: it is plain
/// memory that Pango copies wherever it keeps one (a layout's font, a metrics lookup).
final class FontDescription {
    let pointer: OpaquePointer

    init(family: String, size: Double, weight: Int, italic: Bool) throws {
        guard let pointer = pango_font_description_new() else { throw GraphicsError("pango_font_description_new returned nothing") }
        self.pointer = pointer
        pango_font_description_set_family(pointer, family)
        pango_font_description_set_weight(pointer, PangoWeight(rawValue: UInt32(weight)))
        pango_font_description_set_style(pointer, italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_font_description_set_absolute_size(pointer, size * Double(PANGO_SCALE))
    }

    deinit {
        pango_font_description_free(pointer)
    }
}
