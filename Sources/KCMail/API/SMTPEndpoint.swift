import Foundation

/// Where to deliver and how securely: `smtps://host:465` (TLS from the first byte),
/// `smtp://host:587` (STARTTLS required), or `smtp://` to a loopback address, where a
/// local relay or a test server may speak plain SMTP (STARTTLS is still used when offered).
public struct SMTPEndpoint: Sendable, Equatable, CustomStringConvertible {
    /// How the connection is protected.
    public enum Security: String, Sendable {
        case implicitTLS = "TLS"
        case startTLSRequired = "STARTTLS required"
        case startTLSIfOffered = "STARTTLS if offered"
    }

    public var scheme: String
    public var host: String
    public var port: Int
    public var security: Security

    public init(parsing text: String) throws {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              let host = components.host, !host.isEmpty else {
            throw MailError(.configuration, "'\(SMTPEndpoint.redacted(text))' is not an SMTP URL; expected smtps://host:465 or smtp://host:587")
        }
        guard components.user == nil && components.password == nil else {
            throw MailError(.configuration, "the SMTP URL must not hold a user name or password: set email.username, and the password in the environment or a file")
        }
        guard components.path.isEmpty || components.path == "/", components.query == nil, components.fragment == nil else {
            throw MailError(.configuration, "'\(text)' has a path or query; expected smtps://host:465 or smtp://host:587")
        }
        self.scheme = scheme
        self.host = host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host
        switch scheme {
        case "smtps":
            port = components.port ?? 465
            security = .implicitTLS
        case "smtp":
            port = components.port ?? 587
            security = SMTPEndpoint.isLoopback(self.host) ? .startTLSIfOffered : .startTLSRequired
        default:
            throw MailError(.configuration, "unknown scheme '\(scheme)' in the SMTP URL; expected smtps:// (TLS) or smtp:// (STARTTLS)")
        }
        guard (1...65535).contains(port) else { throw MailError(.configuration, "port \(port) in the SMTP URL is out of range") }
    }

    /// `smtp://host:port`, as printed in logs and ledgers.
    public var description: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "\(scheme)://\(shownHost):\(port)"
    }

    /// True for 127.0.0.0/8, ::1 and localhost.
    public static func isLoopback(_ host: String) -> Bool {
        let lower = host.lowercased()
        if lower == "localhost" || lower == "::1" || lower == "0:0:0:0:0:0:0:1" { return true }
        let octets = lower.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets.first == "127" && octets.allSatisfy { UInt8($0) != nil }
    }

    /// The URL with any user information cut out, for messages about a malformed one.
    static func redacted(_ text: String) -> String {
        guard let at = text.lastIndex(of: "@"), let scheme = text.range(of: "://"), scheme.upperBound < at else { return text }
        return String(text[..<scheme.upperBound]) + "…" + String(text[at...])
    }
}
