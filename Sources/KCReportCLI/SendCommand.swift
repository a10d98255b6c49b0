import ArgumentParser
import Foundation
import KCMail

/// `kcreport send`: e-mails the built one-pagers (all reports, or those named), each
/// version once, only when its checks passed and its PDF exists.
struct SendCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "E-mail the built one-pagers (the PDF attached) to the recipients in kcreport.yaml.",
        discussion: """
            A report is sent only when its checks passed and Output/<id>/onepager.pdf exists, and each version \
            (the PDF's hash) only once to each recipient: the ledger Output/.sent/<id>.json records every delivery. \
            The SMTP password comes from the environment (KCREPORT_SMTP_PASSWORD, or email.password-env) or from \
            email.password-file, never from the command line. \
            Exit codes: 0 sent, or already sent; 64 bad command line; 65 nothing may be sent (checks failed, no PDF, \
            changed since built); 66 not built yet; 69 the mail server cannot be reached or refused the message; \
            73 the ledger or .eml cannot be written; 75 temporary failure (4xx, dropped connection, project locked), \
            the next run retries; 78 bad configuration or login refused.
            """)

    @Argument(help: "Report ids to send; all when none are given.")
    var reports: [String] = []

    @Option(help: "The project configuration.")
    var config = "kcreport.yaml"

    @Option(name: .customLong("to"), help: "Send to this address instead of the configured recipients (repeatable; Cc and Bcc are then left out).")
    var to: [String] = []

    @Option(help: "The SMTP server, instead of email.smtp: smtps://host:465, smtp://host:587 (STARTTLS required), or smtp:// to a loopback address.")
    var smtp: String?

    @Option(help: "The sender address, instead of email.from.")
    var from: String?

    @Option(help: "Trust this CA file (PEM) for the server's certificate, instead of email.ca-file.")
    var caFile: String?

    @Flag(help: "Send even to recipients who already have this version.")
    var resend = false

    @Flag(help: "Write Output/<id>/onepager.eml instead of sending.")
    var dryRun = false

    @Option(help: "A templates folder to use instead of the configuration's.")
    var templates: String?

    func run(console: Console) throws -> Int32 {
        let project = try ProjectConfig.load(config)
        let selected = try project.select(reports)
        let options = try SendCommand.options(to: to, smtp: smtp, from: from, caFile: caFile, resend: resend, dryRun: dryRun)
        let lock = try ProjectLock(folder: project.baseFolder)
        defer { withExtendedLifetime(lock) {} }
        let sender = try ReportSender.make(project: project, options: options, templateFolder: templates ?? project.resolve(project.templates), console: console)
        return selected.map { sender.send($0) }.max() ?? Sysexit.ok
    }

    /// The command-line overrides, checked (exit 64 for a malformed address or URL).
    static func options(to: [String], smtp: String?, from: String?, caFile: String?, resend: Bool, dryRun: Bool) throws -> ReportSender.Options {
        do {
            return ReportSender.Options(to: try to.map { try MailAddress(parsing: $0) }, smtp: try smtp.map { try SMTPEndpoint(parsing: $0) },
                                        from: try from.map { try MailAddress(parsing: $0) }, caFile: caFile, resend: resend, dryRun: dryRun)
        } catch let error as MailError {
            throw CommandFailure(error.message, code: Sysexit.usage)
        }
    }
}
