internal import CGraphicsShim

/// Cairo, Pango and fontconfig, which kcreport opens when it first draws rather than at
/// start-up (see CGraphicsShim): a command that draws nothing never loads them, and a
/// build loads them on another thread while it reads its inputs.
enum GraphicsLibraries {
    /// Opens the libraries, once per process; later calls return at once, or wait for the
    /// first to finish. Throws when a library or one of its functions is missing.
    static func load() throws {
        if let failure = kc_graphics_load() {
            throw GraphicsError(String(cString: failure), isConfiguration: true)
        }
    }
}
