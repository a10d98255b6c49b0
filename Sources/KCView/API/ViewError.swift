/// Why a view could not be built from a model (no revenues for the period, no rate for the asked currency).
public struct ViewError: Error, CustomStringConvertible, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
