internal import CPangoCairo

/// Owns a GObject reference of one font library (font map, context, layout) and drops it
/// in `deinit` under that library's lock: the reference count is atomic, but the last
/// unref of a layout can finalize the glyphs' fonts, which take themselves out of the
/// library's font map (a hash table, not thread-safe), so it must not race with the
/// library's other work. The handle keeps the lock alive, even past the library.
final class GObjectHandle {
    let raw: gpointer
    /// The lock of the library the object belongs to.
    let lock: LibraryLock

    init(_ raw: gpointer, lock: LibraryLock) {
        self.raw = raw
        self.lock = lock
    }

    deinit {
        lock.withLock { g_object_unref(raw) }
    }

    /// The object as an opaque C pointer (PangoContext, PangoLayout).
    var opaque: OpaquePointer { OpaquePointer(raw) }

    /// The object as a typed C pointer (PangoFontMap, PangoFcFontMap).
    func typed<T>(_: T.Type) -> UnsafeMutablePointer<T> { raw.assumingMemoryBound(to: T.self) }
}
