/// Why a page could not be drawn or its fonts loaded: the fonts folder, a Cairo or
/// Pango call that failed (with Cairo's own reason), or a layout that does not fit.
public struct GraphicsError: Error, CustomStringConvertible, Equatable {
    /// What went wrong, in one line.
    public var message: String
    /// True when the cause is the project's set-up (missing fonts), not the data or the machine.
    public var isConfiguration: Bool

    public init(_ message: String, isConfiguration: Bool = false) {
        self.message = message
        self.isConfiguration = isConfiguration
    }

    public var description: String { message }
}
