import ArgumentParser

/// Exit codes, sysexits style, as documented in the README.
public enum Sysexit {
    public static let ok: Int32 = 0
    /// Bad command line.
    public static let usage: Int32 = 64
    /// Data error: the import failed or the checks failed.
    public static let dataError: Int32 = 65
    /// An input file is missing or unreadable.
    public static let noInput: Int32 = 66
    /// The mail server is unavailable.
    public static let unavailable: Int32 = 69
    /// An output cannot be written.
    public static let cannotCreate: Int32 = 73
    /// Temporary failure; retry later.
    public static let tempFail: Int32 = 75
    /// Bad configuration.
    public static let config: Int32 = 78
}

/// A failure that ends a command with a message for standard error and a sysexits code.
public struct CommandFailure: Error, CustomStringConvertible {
    public var message: String
    public var code: Int32
    public init(_ message: String, code: Int32) {
        self.message = message
        self.code = code
    }
    public var description: String { message }
}
