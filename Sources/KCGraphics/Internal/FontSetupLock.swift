import Foundation

/// The process-wide lock for making a font library, which changes what is process-wide:
/// fontconfig's current configuration (the first Pango font map of the process starts
/// Pango's FcInit thread, which must find kcreport's configuration current; see
/// `FontLibrary.load`) and Cairo's FreeType faces, opened here and nowhere else while
/// libraries draw side by side (`CairoFaces`, `DrawingGate`).
/// Loads are few (one per core), so serialising them costs nothing. Everything else is per
/// library (`LibraryLock`) or thread-safe in the libraries themselves: fontconfig ≥ 2.13
/// (atomic references, locked caches), Cairo's shared caches of font faces, scaled fonts
/// and glyphs behind Cairo's own mutexes, HarfBuzz objects immutable once made, GLib's type
/// system and atomic references.
enum FontSetupLock {
    private static let lock = NSLock()

    static func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
