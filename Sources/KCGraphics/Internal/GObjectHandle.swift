import CPangoCairo

/// Owns a GObject reference (font map, context, layout) and drops it in `deinit`.
final class GObjectHandle {
    let raw: gpointer

    init(_ raw: gpointer) {
        self.raw = raw
    }

    deinit {
        GraphicsLock.withLock { g_object_unref(raw) }
    }

    /// The object as an opaque C pointer (PangoContext, PangoLayout).
    var opaque: OpaquePointer { OpaquePointer(raw) }

    /// The object as a typed C pointer (PangoFontMap, PangoFcFontMap).
    func typed<T>(_: T.Type) -> UnsafeMutablePointer<T> { raw.assumingMemoryBound(to: T.self) }
}
