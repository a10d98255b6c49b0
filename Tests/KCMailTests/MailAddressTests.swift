import Testing
@testable import KCMail

/// Addresses and SMTP URLs as the configuration writes them, and the bad ones, word for word.
@Suite struct MailAddressTests {
    @Test func parses() throws {
        #expect(try MailAddress(parsing: "ir@example.com") == MailAddress(name: nil, address: "ir@example.com"))
        #expect(try MailAddress(parsing: "IR Team <ir@example.com>").name == "IR Team")
        #expect(try MailAddress(parsing: "\"Doe, Jane\" <jane@example.com>").name == "Doe, Jane")
        #expect(try MailAddress(parsing: "a.b+c@mail.example.co.uk").domain == "mail.example.co.uk")
    }

    @Test(arguments: ["someone", "a@b@c", "@example.com", "a@", "a b@example.com", "a@exa_mple.com", "<a@example.com", "a..b@example.com"])
    func refuses(_ text: String) {
        #expect(throws: MailError.self) { try MailAddress(parsing: text) }
    }

    @Test func refusesHeaderInjection() {
        #expect(throws: MailError(.configuration, "an e-mail address contains a line break")) {
            try MailAddress(parsing: "x@example.com\r\nBcc: victim@example.com")
        }
    }

    @Test func endpoints() throws {
        let tls = try SMTPEndpoint(parsing: "smtps://smtp.example.com")
        #expect(tls.port == 465 && tls.security == .implicitTLS)
        #expect(try SMTPEndpoint(parsing: "smtp://smtp.example.com").security == .startTLSRequired)
        #expect(try SMTPEndpoint(parsing: "smtp://smtp.example.com").port == 587)
        #expect(try SMTPEndpoint(parsing: "smtp://127.0.0.1:2525").security == .startTLSIfOffered)
        #expect(try SMTPEndpoint(parsing: "smtp://localhost:25").security == .startTLSIfOffered)
        #expect(try SMTPEndpoint(parsing: "smtp://[::1]:2525").description == "smtp://[::1]:2525")
        #expect(try SMTPEndpoint(parsing: "smtp://10.0.0.1:25").security == .startTLSRequired)
        #expect(throws: MailError(.configuration, "the SMTP URL must not hold a user name or password: set email.username, and the password in the environment or a file")) {
            try SMTPEndpoint(parsing: "smtps://ir:hunter2@smtp.example.com")
        }
        #expect(throws: MailError.self) { try SMTPEndpoint(parsing: "http://smtp.example.com") }
    }

    @Test func credentialsNeverPrintThePassword() {
        let login = SMTPCredentials(username: "ir-bot", password: "hunter2")
        #expect("\(login)" == "user 'ir-bot'")
        #expect(String(reflecting: login) == "user 'ir-bot'")
    }

    @Test func retryWaitsDouble() {
        let policy = RetryPolicy(attempts: 4, delay: 2)
        #expect([1, 2, 3].map(policy.wait(after:)) == [2, 4, 8])
    }
}
