/// Who an SMTP transaction is from and to: the addresses of MAIL FROM and RCPT TO,
/// which may differ from the headers (Bcc recipients are only here).
public struct Envelope: Sendable, Equatable {
    public var from: String
    public var recipients: [String]

    public init(from: String, recipients: [String]) {
        self.from = from
        self.recipients = recipients
    }
}
