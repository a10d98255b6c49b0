/// A template problem with where it is, printed `file:line:col: reason` (or `file: reason` without a position).
public struct TemplateError: Error, CustomStringConvertible, Equatable, Sendable {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var reason: String

    public init(file: String, line: Int? = nil, column: Int? = nil, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    public var description: String {
        if let line, let column { return "\(file):\(line):\(column): \(reason)" }
        return "\(file): \(reason)"
    }
}
