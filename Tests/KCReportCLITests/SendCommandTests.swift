import Foundation
import KCCheck
import Testing
@testable import KCReportCLI

/// `kcreport send` and `build --send` against a real SMTP server on loopback
/// (Tests/Support/smtp_server.py, aiosmtpd): what arrives, exactly once, and each
/// failure with its message and exit code.
@Suite struct SendCommandTests {
    typealias Run = BuildCommandTests.Run

    /// A project built once (Markdown and HTML; the PDF and PNG written here, so these
    /// tests do not depend on the PDF stage), copied for each test.
    static let builtProject: Result<URL, Error> = Result {
        let config = BuildCommandTests.config.replacingOccurrences(of: "reports:\n", with: "defaults:\n  formats: [html, md]\nreports:\n")
        let folder = try BuildCommandTests.project(config: config)
        let run = BuildCommandTests.run(["build", "--config", folder.appendingPathComponent("kcreport.yaml").path])
        guard run.code == 0 else { throw CommandFailure("build failed: \(run.stderr)", code: run.code) }
        let output = folder.appendingPathComponent("Output/kc-2024q3")
        try minimalPDF.write(to: output.appendingPathComponent("onepager.pdf"))
        try tinyPNG.write(to: output.appendingPathComponent("onepager.png"))
        return folder
    }

    /// A fresh copy of the built project, with `email` (YAML lines, indented) as its email section.
    static func project(email: String? = nil) throws -> URL {
        let template = try builtProject.get()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kcreport-send-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: template, to: folder)
        if let email {
            let config = folder.appendingPathComponent("kcreport.yaml")
            let text = try String(contentsOf: config, encoding: .utf8)
            try Data((text + "email:\n" + email).utf8).write(to: config)
        }
        return folder
    }

    static func run(_ folder: URL, _ arguments: [String]) -> Run {
        BuildCommandTests.run(arguments + ["--config", folder.appendingPathComponent("kcreport.yaml").path])
    }

    static func ledger(_ folder: URL) throws -> SendLedger {
        try JSONDecoder().decode(SendLedger.self, from: Data(contentsOf: folder.appendingPathComponent("Output/.sent/kc-2024q3.json")))
    }

    static func pdfHash(_ folder: URL) throws -> String {
        SHA256.hex(try Data(contentsOf: folder.appendingPathComponent("Output/kc-2024q3/onepager.pdf")))
    }

    static func message(_ record: [String: Any]) -> [String: Any] { record["message"] as? [String: Any] ?? [:] }

    /// The issue's definition of done: `kcreport send --smtp … --to …` delivers the one-pager
    /// once, text and HTML bodies carrying the figures, the PDF byte for byte; a second
    /// send is a no-op that says so; `--resend` sends it again.
    @Test func deliversTheOnePagerExactlyOnce() throws {
        let server = try SMTPTestServer()
        let folder = try Self.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = Self.run(folder, ["send", "--smtp", server.url, "--to", "someone@example.com"])
        #expect(first.code == 0, "\(first.stderr)")
        #expect(first.stderr.contains("kc-2024q3: sent PDF sha256 \(try Self.pdfHash(folder).prefix(12)) to someone@example.com through \(server.url) (250 2.0.0 Ok: queued as KC0001)"))

        let messages = try server.messages()
        try #require(messages.count == 1)
        #expect(messages[0]["rcpt_tos"] as? [String] == ["someone@example.com"])
        let message = Self.message(messages[0])
        #expect(message["subject"] as? String == "Kingsoft Cloud Holdings Limited · Q3 2024 Earnings Summary")
        #expect((message["raw_subject"] as? String)?.hasPrefix("Subject: =?UTF-8?B?") == true)
        #expect(message["to"] as? String == "someone@example.com")
        #expect(message["mime_version"] as? String == "1.0")
        #expect((message["message_id"] as? String)?.hasPrefix("<kcreport.kc-2024q3.") == true)
        #expect((message["date"] as? String)?.hasSuffix("+0000") == true)
        #expect(message["parts"] as? [String] == ["multipart/mixed", "multipart/alternative", "text/plain", "multipart/related", "text/html", "image/png", "application/pdf"])
        #expect((message["defects"] as? [Any])?.isEmpty == true)
        #expect(message["bare_lf"] as? Bool == false)
        #expect((message["longest_line"] as? Int ?? 999) <= 78)
        let text = try #require(message["text"] as? String)
        let html = try #require(message["html"] as? String)
        for figure in ["Total revenues: RMB1,885.6 million (+16.0% YoY, −0.3% QoQ)", "Total revenues grew 16.0% year over year to RMB1,885.6 million, from RMB1,625.2 million."] {
            #expect(text.contains(figure), "text body lacks \(figure)")
        }
        #expect(html.contains("RMB1,885.6 million"))
        #expect(html.contains("<li style=\"margin:0 0 6px;\">Gross margin rose 4.0 pp year over year to 16.1%, from 12.1%.</li>"))
        let attachments = try #require(message["attachments"] as? [[String: Any]])
        try #require(attachments.count == 1)
        #expect(attachments[0]["filename"] as? String == "Kingsoft-Cloud-Holdings-Limited-Q3-2024-one-pager.pdf")
        #expect(attachments[0]["content_type"] as? String == "application/pdf")
        #expect(attachments[0]["sha256"] as? String == (try Self.pdfHash(folder)))
        #expect(attachments[0]["max_line"] as? Int == 76)
        let inline = try #require(message["inline"] as? [[String: Any]])
        let contentID = try #require(inline.first?["content_id"] as? String)
        #expect(html.contains("src=\"cid:\(contentID.dropFirst().dropLast())\""))

        let ledger = try Self.ledger(folder)
        #expect(ledger.deliveries.count == 1)
        #expect(ledger.deliveries.first?.pdfSHA256 == (try Self.pdfHash(folder)))
        #expect(ledger.deliveries.first?.recipients == ["someone@example.com"])
        #expect(ledger.deliveries.first?.reply == "250 2.0.0 Ok: queued as KC0001")

        let second = Self.run(folder, ["send", "--smtp", server.url, "--to", "someone@example.com"])
        #expect(second.code == 0)
        #expect(second.stderr.contains("kc-2024q3: already sent: this version (PDF sha256 \(try Self.pdfHash(folder).prefix(12))) went to someone@example.com on "))
        #expect(second.stderr.hasSuffix("; nothing to do (--resend sends it again)\n"))
        #expect(try server.messages().count == 1)

        let again = Self.run(folder, ["send", "--smtp", server.url, "--to", "someone@example.com", "--resend"])
        #expect(again.code == 0, "\(again.stderr)")
        #expect(try server.messages().count == 2)
        #expect(try Self.ledger(folder).deliveries.count == 2)
    }

    /// STARTTLS with a certificate the test made, trusted through email.ca-file; Cc and
    /// Bcc from the configuration (Bcc in the envelope only). Without the CA file the
    /// certificate does not verify: exit 69, nothing delivered.
    @Test func startTLSWithAPrivateCA() throws {
        let certificates = FileManager.default.temporaryDirectory.appendingPathComponent("kcreport-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: certificates, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: certificates) }
        let (cert, key) = try SMTPTestServer.makeCertificate(in: certificates)
        let server = try SMTPTestServer(mode: "starttls", arguments: ["--cert", cert, "--key", key])
        let email = """
              smtp: \(server.url)
              from: '"Investor Relations, Kingsoft" <ir@example.com>'
              to: [Board <board@example.com>]
              cc: cfo@example.com
              bcc: [archive@example.com]
              subject: "{{header.periodLabel}} one-pager — {{header.company}}"
              retry-delay: 0.05

            """
        let untrusted = try Self.project(email: email)
        defer { try? FileManager.default.removeItem(at: untrusted) }
        let refused = Self.run(untrusted, ["send"])
        #expect(refused.code == 69)
        #expect(refused.stderr.contains("kc-2024q3: not sent: the certificate of \(server.url) did not verify: "), "\(refused.stderr)")
        #expect(refused.stderr.contains("; for a private relay, name its CA in email.ca-file (or --ca-file)"))
        #expect(try server.messages().isEmpty)
        #expect(try Self.ledger(untrusted).deliveries.isEmpty)

        let folder = try Self.project(email: email + "  ca-file: \(cert)\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let sent = Self.run(folder, ["send", "kc-2024q3"])
        #expect(sent.code == 0, "\(sent.stderr)")
        let messages = try server.messages()
        try #require(messages.count == 1)
        #expect(messages[0]["tls"] as? Bool == true)
        #expect(messages[0]["mail_from"] as? String == "ir@example.com")
        #expect(messages[0]["rcpt_tos"] as? [String] == ["board@example.com", "cfo@example.com", "archive@example.com"])
        let message = Self.message(messages[0])
        #expect(message["from"] as? String == "\"Investor Relations, Kingsoft\" <ir@example.com>")
        #expect(message["to"] as? String == "Board <board@example.com>")
        #expect(message["cc"] as? String == "cfo@example.com")
        #expect(message["has_bcc_header"] as? Bool == false)
        #expect(message["subject"] as? String == "Q3 2024 one-pager — Kingsoft Cloud Holdings Limited")
        let attachments = message["attachments"] as? [[String: Any]] ?? []
        #expect(attachments.first?["sha256"] as? String == (try Self.pdfHash(folder)))
        #expect(try Self.ledger(folder).deliveries.first?.recipients == ["board@example.com", "cfo@example.com", "archive@example.com"])

        // A recipient added later gets this version; those who have it are not sent it again.
        let text = try String(contentsOf: folder.appendingPathComponent("kcreport.yaml"), encoding: .utf8)
        try Data(text.replacingOccurrences(of: "  cc: cfo@example.com", with: "  cc: [cfo@example.com, coo@example.com]").utf8)
            .write(to: folder.appendingPathComponent("kcreport.yaml"))
        let more = Self.run(folder, ["send"])
        #expect(more.code == 0, "\(more.stderr)")
        #expect(try server.messages().count == 2)
        #expect(try server.messages().last?["rcpt_tos"] as? [String] == ["coo@example.com"])
    }

    /// No server: exit 69 after the retries, the failure in the ledger and nothing marked
    /// sent; once the server is up the next run delivers.
    @Test func serverDownThenUp() throws {
        let folder = try Self.project(email: "  retry-delay: 0.05\n  to: someone@example.com\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let port = SMTPTestServer.closedPort()
        let down = Self.run(folder, ["send", "--smtp", "smtp://127.0.0.1:\(port)"])
        #expect(down.code == 69)
        #expect(down.stderr.contains("  attempt 1 of 3 failed: cannot reach the mail server smtp://127.0.0.1:\(port): "), "\(down.stderr)")
        #expect(down.stderr.contains("; retrying in 0.1 s\n"))
        #expect(down.stderr.contains("kc-2024q3: not sent: cannot reach the mail server smtp://127.0.0.1:\(port): "))
        #expect(down.stderr.hasSuffix(" (3 attempts)\n"))
        let ledger = try Self.ledger(folder)
        #expect(ledger.deliveries.isEmpty)
        #expect(ledger.lastFailure?.exitCode == 69)
        #expect(ledger.lastFailure?.pdfSHA256 == (try Self.pdfHash(folder)))

        let server = try SMTPTestServer()
        let up = Self.run(folder, ["send", "--smtp", server.url])
        #expect(up.code == 0, "\(up.stderr)")
        #expect(try server.messages().count == 1)
        #expect(try Self.ledger(folder).lastFailure == nil)
    }

    /// A 5xx for the recipient stops at once (no retry, no DATA): exit 69 with the reply.
    @Test func recipientRejected() throws {
        let server = try SMTPTestServer(mode: "reject")
        let folder = try Self.project(email: "  retry-delay: 0.05\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = Self.run(folder, ["send", "--smtp", server.url, "--to", "nobody@example.com"])
        #expect(run.code == 69)
        #expect(run.stderr == "kc-2024q3: not sent: \(server.url) refused the message: 550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown; nothing was delivered\n")
        #expect(server.dataCommands() == 0)
        #expect(try server.messages().isEmpty)
        #expect(try Self.ledger(folder).deliveries.isEmpty)
    }

    /// A 451 at the end of DATA, then acceptance: one message arrives, once; with more
    /// 4xx than attempts, exit 75 and nothing is marked sent.
    @Test func temporaryFailureThenRetry() throws {
        let server = try SMTPTestServer(mode: "tempfail")
        let folder = try Self.project(email: "  retry-delay: 0.05\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = Self.run(folder, ["send", "--smtp", server.url, "--to", "someone@example.com"])
        #expect(run.code == 0, "\(run.stderr)")
        #expect(run.stderr.contains("  attempt 1 of 3 failed: 451 4.3.0 Mailbox temporarily unavailable, try again later; retrying in 0.1 s\n"), "\(run.stderr)")
        #expect(run.stderr.hasSuffix("(250 2.0.0 Ok: queued as KC0001) after 2 attempts\n"))
        #expect(server.dataCommands() == 2)
        #expect(try server.messages().count == 1)
        #expect(try Self.ledger(folder).deliveries.first?.attempts == 2)

        let stubborn = try SMTPTestServer(mode: "tempfail", arguments: ["--failures", "9"])
        let other = try Self.project(email: "  retry-delay: 0.05\n  attempts: 2\n")
        defer { try? FileManager.default.removeItem(at: other) }
        let given = Self.run(other, ["send", "--smtp", stubborn.url, "--to", "someone@example.com"])
        #expect(given.code == 75)
        #expect(given.stderr.hasSuffix("kc-2024q3: not sent: \(stubborn.url) could not take the message now: 451 4.3.0 Mailbox temporarily unavailable, try again later; nothing was delivered (2 attempts)\n"), "\(given.stderr)")
        #expect(try stubborn.messages().isEmpty)
        #expect(try Self.ledger(other).deliveries.isEmpty)
    }

    /// The connection drops at the end of DATA: the next attempt delivers, once.
    @Test func droppedConnectionThenRetry() throws {
        let server = try SMTPTestServer(mode: "drop")
        let folder = try Self.project(email: "  retry-delay: 0.05\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = Self.run(folder, ["send", "--smtp", server.url, "--to", "someone@example.com"])
        #expect(run.code == 0, "\(run.stderr)")
        #expect(run.stderr.contains("  attempt 1 of 3 failed: "), "\(run.stderr)")
        #expect(run.stderr.hasSuffix(" after 2 attempts\n"))
        #expect(try server.messages().count == 1)
    }

    /// AUTH with the password from a file: accepted; a wrong one is refused with exit 78
    /// and the password appears nowhere; no password at all is a configuration error.
    @Test func authentication() throws {
        let password = "s3cret-Pa55word"
        let server = try SMTPTestServer(mode: "auth", arguments: ["--user", "ir-bot", "--password", password])
        let folder = try Self.project(email: "  username: ir-bot\n  password-file: smtp-password\n  to: someone@example.com\n  retry-delay: 0.05\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let passwordFile = folder.appendingPathComponent("smtp-password")

        try Data("wrong-\(password)\n".utf8).write(to: passwordFile)
        let refused = Self.run(folder, ["send", "--smtp", server.url])
        #expect(refused.code == 78)
        #expect(refused.stderr.hasPrefix("kc-2024q3: not sent: \(server.url) refused the login of user 'ir-bot': 535 5.7.8 Authentication credentials invalid"), "\(refused.stderr)")
        #expect(!refused.stderr.contains(password) && !refused.stdout.contains(password))
        #expect(try server.messages().isEmpty)
        let ledgerText = try String(contentsOf: folder.appendingPathComponent("Output/.sent/kc-2024q3.json"), encoding: .utf8)
        #expect(!ledgerText.contains(password))

        try Data("\(password)\n".utf8).write(to: passwordFile)
        let sent = Self.run(folder, ["send", "--smtp", server.url])
        #expect(sent.code == 0, "\(sent.stderr)")
        let messages = try server.messages()
        #expect(messages.count == 1)
        #expect(messages.first?["login"] as? String == "ir-bot")

        try FileManager.default.removeItem(at: passwordFile)
        let missing = Self.run(folder, ["send", "--smtp", server.url, "--resend"])
        #expect(missing.code == 78)
        #expect(missing.stderr == "kcreport: email.password-file: cannot read \(folder.appendingPathComponent("smtp-password").path)\n")

        // The server requires a login and none is configured.
        let anonymous = try Self.project(email: "  to: someone@example.com\n")
        defer { try? FileManager.default.removeItem(at: anonymous) }
        let noLogin = Self.run(anonymous, ["send", "--smtp", server.url])
        #expect(noLogin.code == 78)
        #expect(noLogin.stderr.hasPrefix("kc-2024q3: not sent: \(server.url) refused the message without a login: 530 5.7.0 Authentication required"), "\(noLogin.stderr)")
    }

    /// Nothing is sent without a PDF, or when the checks failed (exit 65); nothing
    /// before the report is built (exit 66).
    @Test func refusesWhatMayNotBeSent() throws {
        let server = try SMTPTestServer()
        let folder = try Self.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("Output/kc-2024q3/onepager.pdf")
        try FileManager.default.removeItem(at: pdf)
        let noPDF = Self.run(folder, ["send", "--smtp", server.url, "--to", "someone@example.com"])
        #expect(noPDF.code == 65)
        #expect(noPDF.stderr == "kc-2024q3: nothing to send: \(pdf.path) does not exist (the one-pager is e-mailed as its PDF; build with the pdf format)\n")

        try SendCommandTests.minimalPDF.write(to: pdf)
        // As if built with --allow-failed-checks: one check failed with an error.
        let checks = folder.appendingPathComponent("Output/kc-2024q3/checks.json")
        var report = try JSONDecoder().decode(CheckReport.self, from: Data(contentsOf: checks))
        report.results[0].status = .failed
        report.results[0].findings = [Finding(severity: .error, check: report.results[0].check, message: "off by one million", location: nil, figures: [])]
        try JSONEncoder().encode(report).write(to: checks)
        let failed = Self.run(folder, ["send", "--smtp", server.url, "--to", "someone@example.com"])
        #expect(failed.code == 65, "\(failed.stderr)")
        #expect(failed.stderr.hasPrefix("kc-2024q3: not sent: its checks found 1 error (all "), "\(failed.stderr)")
        #expect(failed.stderr.hasSuffix("); only a report whose checks passed is e-mailed\n"))
        #expect(try server.messages().isEmpty)

        try FileManager.default.removeItem(at: folder.appendingPathComponent("Output"))
        let unbuilt = Self.run(folder, ["send", "--smtp", server.url, "--to", "someone@example.com"])
        #expect(unbuilt.code == 66)
        #expect(unbuilt.stderr.contains("not built yet"))
    }

    /// `--dry-run` writes the message to Output/<id>/onepager.eml and sends nothing.
    @Test func dryRunWritesTheMessage() throws {
        let folder = try Self.project(email: "  from: ir@example.com\n  to: [board@example.com]\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = Self.run(folder, ["send", "--dry-run"])
        #expect(run.code == 0, "\(run.stderr)")
        let eml = folder.appendingPathComponent("Output/kc-2024q3/onepager.eml")
        #expect(run.stderr.hasPrefix("kc-2024q3: dry run: wrote \(eml.path) ("))
        #expect(run.stderr.hasSuffix(" bytes); would send to board@example.com\n"))
        let message = try SMTPTestServer.parse(eml)
        #expect(message["to"] as? String == "board@example.com")
        #expect((message["attachments"] as? [[String: Any]])?.first?["sha256"] as? String == (try Self.pdfHash(folder)))
        #expect((message["text"] as? String)?.contains("RMB1,885.6 million") == true)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output/.sent/kc-2024q3.json").path))
    }

    /// `build --send` builds, then sends what built cleanly; again, it sends nothing new.
    @Test func buildThenSend() throws {
        let server = try SMTPTestServer()
        let folder = try Self.project(email: "  smtp: SERVER\n  to: someone@example.com\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("kcreport.yaml")
        try Data(try String(contentsOf: config, encoding: .utf8).replacingOccurrences(of: "SERVER", with: server.url).utf8).write(to: config)
        let first = Self.run(folder, ["build", "--send"])
        #expect(first.code == 0, "\(first.stderr)")
        #expect(first.stderr.contains("kc-2024q3  up to date"))
        #expect(first.stderr.contains("kc-2024q3: sent PDF sha256"))
        let second = Self.run(folder, ["build", "--send"])
        #expect(second.code == 0)
        #expect(second.stderr.contains("kc-2024q3: already sent"))
        #expect(try server.messages().count == 1)
    }

    /// The configuration's email section is read strictly; the password never goes in it.
    @Test func emailConfigurationErrors() throws {
        let cases: [(String, Int32, String)] = [
            ("  password: hunter2\n", 78, "kcreport.yaml:11:3: the SMTP password never goes in kcreport.yaml: set it in the environment (KCREPORT_SMTP_PASSWORD, or the variable named by password-env) or in a file named by password-file"),
            ("  smtp: http://mail.example.com\n", 78, "kcreport.yaml:11:9: email.smtp: unknown scheme 'http' in the SMTP URL; expected smtps:// (TLS) or smtp:// (STARTTLS)"),
            ("  smtp: smtps://ir:hunter2@mail.example.com\n", 78, "kcreport.yaml:11:9: email.smtp: the SMTP URL must not hold a user name or password: set email.username, and the password in the environment or a file"),
            ("  to: [not-an-address]\n", 78, "kcreport.yaml:11:8: email.to: 'not-an-address' is not an e-mail address (expected local@domain)"),
            ("  smtp: smtps://mail.example.com\n  username: ir\n  password-env: KCREPORT_TEST_UNSET_VARIABLE\n  to: a@example.com\n", 78,
             "email.username is set but there is no password: set the environment variable KCREPORT_TEST_UNSET_VARIABLE, or name a file in email.password-file"),
            ("  to: a@example.com\n", 78, "no mail server: set email.smtp (smtps://host:465 or smtp://host:587) or pass --smtp"),
            ("  smtp: smtp://127.0.0.1:1\n  subject: \"{{header.nope}}\"\n  to: a@example.com\n", 78, "email.subject:1:1: unknown key 'header.nope'"),
        ]
        for (email, code, message) in cases {
            let folder = try Self.project(email: email)
            defer { try? FileManager.default.removeItem(at: folder) }
            let run = Self.run(folder, ["send"])
            #expect(run.code == code, "\(email)")
            #expect(run.stderr.contains(message), "\(run.stderr)")
            #expect(!run.stderr.contains("hunter2"))
        }
        let folder = try Self.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        let badTo = Self.run(folder, ["send", "--smtp", "smtp://127.0.0.1:1", "--to", "someone"])
        #expect(badTo.code == 64)
        #expect(badTo.stderr == "kcreport: 'someone' is not an e-mail address (expected local@domain)\n")
    }

    /// A small valid PDF with a non-ASCII byte line, so the attachment is truly binary.
    static let minimalPDF: Data = {
        var pdf = "%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n"
        var offsets: [Int] = []
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length 44 >>\nstream\nBT /F1 24 Tf 72 760 Td (kcreport test) Tj ET\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var bytes = Data(pdf.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        for (index, object) in objects.enumerated() {
            offsets.append(bytes.count)
            bytes += Data("\(index + 1) 0 obj\n\(object)\nendobj\n".utf8)
        }
        let xref = bytes.count
        pdf = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n" + offsets.map { String(format: "%010d 00000 n \n", $0) }.joined()
            + "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return bytes + Data(pdf.utf8)
    }()

    /// A 1×1 PNG.
    static let tinyPNG = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==") ?? Data()
}
