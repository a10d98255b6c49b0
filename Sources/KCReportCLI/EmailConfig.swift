import Foundation
import KCMail
import Yams

/// The `email:` section of `kcreport.yaml`: where and how to send the one-pagers,
/// from whom, to whom (reports may name their own recipients), the subject template
/// and the login. The password is never in the configuration: it comes from an
/// environment variable (`password-env`, KCREPORT_SMTP_PASSWORD by default) or a
/// file (`password-file`, e.g. a systemd credential), and is read only when sending.
struct EmailConfig: Equatable, Sendable {
    /// To, Cc and Bcc; a report's own lists replace the project's, list by list.
    struct Recipients: Equatable, Sendable {
        var to: [MailAddress]?
        var cc: [MailAddress]?
        var bcc: [MailAddress]?
        /// A report's own subject template.
        var subject: String?

        /// `self` with `report`'s lists where it has them.
        func overridden(by report: Recipients?) -> Recipients {
            Recipients(to: report?.to ?? to, cc: report?.cc ?? cc, bcc: report?.bcc ?? bcc, subject: report?.subject ?? subject)
        }
    }

    static let defaultPasswordEnv = "KCREPORT_SMTP_PASSWORD"
    static let keys: Set<String> = ["smtp", "from", "to", "cc", "bcc", "subject", "username", "password-env", "password-file", "ca-file", "attempts", "retry-delay"]
    static let reportKeys: Set<String> = ["to", "cc", "bcc", "subject"]

    var smtp: SMTPEndpoint?
    var from: MailAddress?
    var recipients = Recipients()
    var username: String?
    var passwordEnv = EmailConfig.defaultPasswordEnv
    var passwordFile: String?
    var caFile: String?
    var attempts = 3
    /// Seconds before the first retry; doubled for each further one.
    var retryDelay = 5.0

    /// Parses the project's `email:` mapping.
    static func parse(_ node: Node, file: String) throws -> EmailConfig {
        if let map = node.mapping, let key = map.keys.first(where: { $0.scalar?.string == "password" }) {
            throw ProjectConfig.failure(file, key.mark, "the SMTP password never goes in kcreport.yaml: set it in the environment (\(defaultPasswordEnv), or the variable named by password-env) or in a file named by password-file")
        }
        let fields = try ProjectConfig.mapping(node, file: file, what: "email", allowed: keys)
        var config = EmailConfig()
        if let value = fields["smtp"] {
            let text = try string(value, key: "smtp", file: file)
            do { config.smtp = try SMTPEndpoint(parsing: text) } catch let error as MailError {
                throw ProjectConfig.failure(file, value.mark, "email.smtp: \(error.message)")
            }
        }
        if let value = fields["from"] { config.from = try address(value, key: "from", file: file) }
        config.recipients = try recipients(fields, file: file)
        if let value = fields["username"] { config.username = try string(value, key: "username", file: file) }
        if let value = fields["password-env"] {
            let name = try string(value, key: "password-env", file: file)
            guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
                throw ProjectConfig.failure(file, value.mark, "email.password-env must name an environment variable (letters, digits, _)")
            }
            config.passwordEnv = name
        }
        if let value = fields["password-file"] { config.passwordFile = try string(value, key: "password-file", file: file) }
        if let value = fields["ca-file"] { config.caFile = try string(value, key: "ca-file", file: file) }
        if let value = fields["attempts"] {
            guard let number = Int(try string(value, key: "attempts", file: file)), (1...10).contains(number) else {
                throw ProjectConfig.failure(file, value.mark, "email.attempts must be a whole number from 1 to 10")
            }
            config.attempts = number
        }
        if let value = fields["retry-delay"] {
            guard let seconds = Double(try string(value, key: "retry-delay", file: file)), seconds >= 0, seconds <= 3600 else {
                throw ProjectConfig.failure(file, value.mark, "email.retry-delay must be a number of seconds from 0 to 3600")
            }
            config.retryDelay = seconds
        }
        return config
    }

    /// A report's own `email:` mapping (to, cc, bcc, subject).
    static func parseReport(_ node: Node, file: String) throws -> Recipients {
        try recipients(try ProjectConfig.mapping(node, file: file, what: "a report's email", allowed: reportKeys), file: file)
    }

    static func recipients(_ fields: [String: Node], file: String) throws -> Recipients {
        var result = Recipients()
        if let value = fields["to"] { result.to = try addresses(value, key: "to", file: file) }
        if let value = fields["cc"] { result.cc = try addresses(value, key: "cc", file: file) }
        if let value = fields["bcc"] { result.bcc = try addresses(value, key: "bcc", file: file) }
        if let value = fields["subject"] { result.subject = try string(value, key: "subject", file: file) }
        return result
    }

    static func string(_ node: Node, key: String, file: String) throws -> String {
        guard let text = node.scalar?.string, !text.isEmpty else {
            throw ProjectConfig.failure(file, node.mark, "email.\(key) must be a non-empty text value")
        }
        return text
    }

    static func address(_ node: Node, key: String, file: String) throws -> MailAddress {
        do { return try MailAddress(parsing: try string(node, key: key, file: file)) } catch let error as MailError {
            throw ProjectConfig.failure(file, node.mark, "email.\(key): \(error.message)")
        }
    }

    /// One address or a list of them.
    static func addresses(_ node: Node, key: String, file: String) throws -> [MailAddress] {
        if node.scalar != nil { return [try address(node, key: key, file: file)] }
        guard let items = node.sequence else { throw ProjectConfig.failure(file, node.mark, "email.\(key) must be an address or a list of addresses") }
        return try items.map { try address($0, key: key, file: file) }
    }

    /// The login for the server, or nil without a username. The password is read from
    /// the file named by `password-file` when set, else from the environment; messages
    /// name where it was looked for, never what it is.
    func credentials(environment: [String: String], resolve: (String) -> String) throws -> SMTPCredentials? {
        guard let username else { return nil }
        if let passwordFile {
            let path = resolve(EmailConfig.expand(passwordFile, environment: environment))
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw CommandFailure("email.password-file: cannot read \(path)", code: Sysexit.config)
            }
            let password = text.trimmingCharacters(in: .newlines)
            guard !password.isEmpty else { throw CommandFailure("email.password-file: \(path) is empty", code: Sysexit.config) }
            return SMTPCredentials(username: username, password: password)
        }
        guard let password = environment[passwordEnv], !password.isEmpty else {
            throw CommandFailure("email.username is set but there is no password: set the environment variable \(passwordEnv), or name a file in email.password-file", code: Sysexit.config)
        }
        return SMTPCredentials(username: username, password: password)
    }

    /// `${NAME}` and `$NAME` replaced from the environment (for `$CREDENTIALS_DIRECTORY/smtp`).
    static func expand(_ path: String, environment: [String: String]) -> String {
        var out = ""
        var rest = Substring(path)
        while let dollar = rest.firstIndex(of: "$") {
            out += rest[..<dollar]
            var after = rest[rest.index(after: dollar)...]
            let braced = after.first == "{"
            if braced { after = after.dropFirst() }
            let name = after.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            after = after.dropFirst(name.count)
            if braced, after.first == "}" { after = after.dropFirst() }
            out += environment[String(name)] ?? ""
            rest = after
        }
        return out + rest
    }
}
