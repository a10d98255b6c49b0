/// Where a figure or a piece of text came from: file, 1-based line and column.
public struct SourceLocation: Codable, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col`, the form compilers use, so editors can jump to it.
    public var description: String { "\(file):\(line):\(column)" }
}
