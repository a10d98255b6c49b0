/// Why a message could not be built or delivered, in words for the log, with the
/// server's reply where there was one. Never holds a password.
public struct MailError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What went wrong, which decides whether a retry can help and the exit code.
    public enum Kind: String, Sendable {
        /// An address, URL or setting is malformed.
        case configuration
        /// The server could not be reached (refused, unresolvable, timed out before it spoke).
        case unreachable
        /// A 4xx reply or a dropped connection: try again later.
        case temporary
        /// A 5xx reply: the server refused for good.
        case rejected
        /// The server refused the login, or requires one.
        case authentication
        /// The message is larger than the server's SIZE limit.
        case tooLarge
        /// TLS could not be set up: no STARTTLS, or the certificate did not verify.
        case tls
    }

    public var kind: Kind
    public var message: String
    /// The server's last reply, when it said something.
    public var reply: String?

    public init(_ kind: Kind, _ message: String, reply: String? = nil) {
        self.kind = kind
        self.message = message
        self.reply = reply
    }

    public var description: String { message }

    /// True when trying again later may succeed.
    public var isTransient: Bool { kind == .temporary || kind == .unreachable }
}
