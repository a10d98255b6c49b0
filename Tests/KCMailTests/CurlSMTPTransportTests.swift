import Foundation
import Testing
@testable import KCMail

/// The transport without a server: nothing listens, so every attempt fails to connect;
/// it retries with backoff, then reports the server unreachable.
@Suite struct CurlSMTPTransportTests {
    final class Waits: @unchecked Sendable {
        let lock = NSLock()
        var seconds: [Double] = []
        var lines: [String] = []
    }

    @Test func unreachableAfterRetries() throws {
        let waits = Waits()
        // Port 9 on loopback (discard) is closed on a test machine.
        let transport = CurlSMTPTransport(endpoint: try SMTPEndpoint(parsing: "smtp://127.0.0.1:9"), retry: RetryPolicy(attempts: 3, delay: 1.5),
                                          log: { line in waits.lock.withLock { waits.lines.append(line) } },
                                          sleep: { seconds in waits.lock.withLock { waits.seconds.append(seconds) } })
        do {
            _ = try transport.send(Data("Subject: x\r\n\r\nx\r\n".utf8), envelope: Envelope(from: "a@example.com", recipients: ["b@example.com"]))
            Issue.record("sent without a server")
        } catch let error as MailError {
            #expect(error.kind == .unreachable)
            #expect(error.message.hasPrefix("cannot reach the mail server smtp://127.0.0.1:9: "))
            #expect(error.message.hasSuffix(" (3 attempts)"))
        }
        #expect(waits.seconds == [1.5, 3])
        #expect(waits.lines.first?.hasPrefix("attempt 1 of 3 failed: cannot reach the mail server smtp://127.0.0.1:9: ") == true)
        #expect(waits.lines.last?.hasSuffix("; retrying in 3 s") == true)
    }
}
