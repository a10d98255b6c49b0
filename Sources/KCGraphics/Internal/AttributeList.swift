internal import CPangoCairo

/// Owns a Pango attribute list and unrefs it in `deinit`, without a lock: the list's
/// reference count is atomic, a layout that uses it holds its own reference, and its
/// attributes (font features, an interned language) are plain memory shared with nothing.
final class AttributeList {
    let pointer: OpaquePointer

    init() throws {
        guard let pointer = pango_attr_list_new() else { throw GraphicsError("pango_attr_list_new returned nothing") }
        self.pointer = pointer
    }

    deinit {
        pango_attr_list_unref(pointer)
    }

    /// Adds an attribute over the whole text; the list takes ownership of it.
    func insert(_ attribute: UnsafeMutablePointer<PangoAttribute>?) throws {
        guard let attribute else { throw GraphicsError("Pango returned no attribute") }
        pango_attr_list_insert(pointer, attribute)
    }
}
