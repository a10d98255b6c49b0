internal import CPangoCairo
import KCScene

/// Owns a Pango font description and frees it in `deinit`, without a lock: it is plain
/// memory that Pango copies wherever it keeps one (a layout's font, a fontset lookup).
final class FontDescription {
    let pointer: OpaquePointer

    /// The font of `style`: its families (`PangoText.families`), weight, slant and size.
    init(_ style: TextStyle) throws {
        guard let pointer = pango_font_description_new() else { throw GraphicsError("pango_font_description_new returned nothing") }
        self.pointer = pointer
        pango_font_description_set_family(pointer, PangoText.families(style))
        pango_font_description_set_weight(pointer, PangoWeight(rawValue: UInt32(style.weight.rawValue)))
        pango_font_description_set_style(pointer, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_font_description_set_absolute_size(pointer, style.size * Double(PANGO_SCALE))
    }

    deinit {
        pango_font_description_free(pointer)
    }
}
