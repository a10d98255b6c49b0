import CPangoCairo

/// Owns a Pango attribute list and unrefs it in `deinit`.
final class AttributeList {
    let pointer: OpaquePointer

    init() throws {
        guard let pointer = pango_attr_list_new() else { throw GraphicsError("pango_attr_list_new returned nothing") }
        self.pointer = pointer
    }

    deinit {
        GraphicsLock.withLock { pango_attr_list_unref(pointer) }
    }

    /// Adds an attribute over the whole text; the list takes ownership of it.
    func insert(_ attribute: UnsafeMutablePointer<PangoAttribute>?) throws {
        guard let attribute else { throw GraphicsError("Pango returned no attribute") }
        pango_attr_list_insert(pointer, attribute)
    }
}
