import Foundation

/// Delivers an encoded message to the envelope's recipients: libcurl's SMTP in
/// production, anything that records the message in tests.
public protocol MailTransport: Sendable {
    /// Sends `message` (CRLF lines) and returns the server's acceptance, or throws a `MailError`.
    func send(_ message: Data, envelope: Envelope) throws -> DeliveryReceipt
}
