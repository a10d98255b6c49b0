/// Why the one-pager could not be laid out: it does not fit even with every optional
/// block dropped and the text at its smallest, or text has characters no font has.
public struct LayoutError: Error, CustomStringConvertible, Equatable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
