/// A login for the SMTP server. The password is never printed: `description` and
/// `debugDescription` show the user name only.
public struct SMTPCredentials: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    public var username: String
    let password: String

    public init(username: String, password: String) {
        self.username = username
        self.password = password
    }

    public var description: String { "user '\(username)'" }
    public var debugDescription: String { description }
}
