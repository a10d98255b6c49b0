import Foundation
import KCCheck
import KCMail
import KCModel
import KCTemplates
import KCView

/// Sends built one-pagers by e-mail, once per version: only a report whose checks
/// passed and whose PDF exists; the PDF attached byte for byte, text and HTML bodies
/// from the templates, the page image inline when there is one. Each delivery is
/// written to the send ledger, so a second run sends nothing new.
struct ReportSender {
    /// What the command line says over the configuration.
    struct Options {
        /// Ad-hoc recipients: replace To, and drop Cc and Bcc.
        var to: [MailAddress] = []
        var smtp: SMTPEndpoint?
        var from: MailAddress?
        var caFile: String?
        var resend = false
        /// Write `Output/<id>/onepager.eml` instead of sending.
        var dryRun = false
    }

    static let pdfName = "onepager.pdf"
    static let pngName = "onepager.png"
    static let emlName = "onepager.eml"

    let project: ProjectConfig
    let options: Options
    let email: EmailConfig
    let endpoint: SMTPEndpoint?
    let from: MailAddress
    let transport: MailTransport?
    let renderer: OnePagerRenderer
    let templates: TemplateLibrary
    let console: Console
    let now: () -> Date

    /// A sender for `project`, its settings checked: the server, the sender, the login
    /// (read now, from the environment or its file), the CA file and the templates.
    static func make(project: ProjectConfig, options: Options, templateFolder: String, console: Console,
                     environment: [String: String] = ProcessInfo.processInfo.environment,
                     transport: MailTransport? = nil, now: @escaping () -> Date = Date.init) throws -> ReportSender {
        let email = project.email ?? EmailConfig()
        let endpoint = options.smtp ?? email.smtp
        if endpoint == nil && !options.dryRun {
            throw CommandFailure("\(project.file): no mail server: set email.smtp (smtps://host:465 or smtp://host:587) or pass --smtp", code: Sysexit.config)
        }
        let from = try options.from ?? email.from ?? MailAddress(address: "kcreport@\(ReportSender.hostDomain())")
        let caFile = (options.caFile ?? email.caFile).map(project.resolve)
        if let caFile, !FileManager.default.fileExists(atPath: caFile) {
            throw CommandFailure("email.ca-file: \(caFile) does not exist", code: Sysexit.config)
        }
        let templates: TemplateLibrary
        let renderer: OnePagerRenderer
        do {
            templates = try TemplateLibrary(directory: templateFolder)
            renderer = try OnePagerRenderer.checked(library: templates)
            // The subjects and bodies of every report are checked before anything is sent.
            for report in project.reports {
                let subject = email.recipients.overridden(by: report.email).subject ?? EmailRenderer.defaultSubject
                _ = try EmailRenderer(library: templates, subject: subject, subjectSource: "\(project.file): email.subject")
            }
        } catch let error as TemplateError {
            throw CommandFailure("templates: \(error)", code: Sysexit.config)
        }
        var chosen = transport
        if chosen == nil, !options.dryRun, let endpoint {
            let credentials = try email.credentials(environment: environment, resolve: project.resolve)
            chosen = CurlSMTPTransport(endpoint: endpoint, credentials: credentials, caFile: caFile,
                                       retry: RetryPolicy(attempts: email.attempts, delay: email.retryDelay),
                                       log: { console.errorLine("  \($0)") })
        }
        return ReportSender(project: project, options: options, email: email, endpoint: endpoint, from: from, transport: chosen,
                            renderer: renderer, templates: templates, console: console, now: now)
    }

    /// Sends one report; logs what happened and returns its exit code.
    func send(_ report: ProjectConfig.Report) -> Int32 {
        do {
            return try attempt(report)
        } catch let failure as CommandFailure {
            console.errorLine("\(report.id): \(failure.message)")
            return failure.code
        } catch {
            console.errorLine("\(report.id): \(error)")
            return Sysexit.cannotCreate
        }
    }

    private func attempt(_ report: ProjectConfig.Report) throws -> Int32 {
        let output = project.resolve(project.output)
        let folder = (output as NSString).appendingPathComponent(report.id)
        guard let manifest = Manifest.read(folder: folder) else {
            throw CommandFailure("not built yet (no \(folder)/manifest.json); run kcreport build first", code: Sysexit.noInput)
        }
        // Nothing is sent unless the figures tied out.
        let checksPath = (folder as NSString).appendingPathComponent("checks.json")
        guard let checksData = FileManager.default.contents(atPath: checksPath),
              let checks = try? JSONDecoder().decode(CheckReport.self, from: checksData) else {
            throw CommandFailure("\(checksPath) is missing or unreadable; rebuild the report before sending it", code: Sysexit.dataError)
        }
        let summary = checks.summary
        guard summary.isClean else {
            throw CommandFailure("not sent: its checks found \(summary.errors) error\(summary.errors == 1 ? "" : "s") (\(manifest.checks)); only a report whose checks passed is e-mailed", code: Sysexit.dataError)
        }
        let pdfPath = (folder as NSString).appendingPathComponent(ReportSender.pdfName)
        guard let pdf = FileManager.default.contents(atPath: pdfPath) else {
            throw CommandFailure("nothing to send: \(pdfPath) does not exist (the one-pager is e-mailed as its PDF; build with the pdf format)", code: Sysexit.dataError)
        }
        let pdfHash = SHA256.hex(pdf)
        if let built = manifest.outputs[ReportSender.pdfName], built != pdfHash {
            throw CommandFailure("not sent: \(pdfPath) has changed since it was built (its hash differs from manifest.json); rebuild with --force", code: Sysexit.dataError)
        }

        // Who gets it, and who already has this version.
        let settings = email.recipients.overridden(by: report.email)
        let to = options.to.isEmpty ? settings.to ?? [] : options.to
        let cc = options.to.isEmpty ? settings.cc ?? [] : []
        let bcc = options.to.isEmpty ? settings.bcc ?? [] : []
        var everyone: [String] = []
        for address in (to + cc + bcc).map(\.address) where !everyone.contains(where: { $0.lowercased() == address.lowercased() }) {
            everyone.append(address)
        }
        guard !everyone.isEmpty else {
            throw CommandFailure("no recipients: set email.to in \(project.file) (or the report's email.to), or pass --to", code: Sysexit.config)
        }
        let ledgerPath = SendLedger.path(output: output, report: report.id)
        var ledger = try SendLedger.read(ledgerPath, report: report.id)
        let already = ledger.recipients(of: pdfHash)
        let pending = options.resend ? everyone : everyone.filter { !already.contains($0.lowercased()) }
        let version = "PDF sha256 \(pdfHash.prefix(12))"
        if pending.isEmpty && !options.dryRun {
            let when = ledger.lastDelivery(of: pdfHash).map { " on \($0.time)" } ?? ""
            console.errorLine("\(report.id): already sent: this version (\(version)) went to \(everyone.joined(separator: ", "))\(when); nothing to do (--resend sends it again)")
            return Sysexit.ok
        }

        let message = try compose(report, folder: folder, manifest: manifest, checks: summary, pdf: pdf, pdfHash: pdfHash,
                                  subject: settings.subject ?? EmailRenderer.defaultSubject, to: to, cc: cc)
        let data = message.encoded()
        if options.dryRun {
            let emlPath = (folder as NSString).appendingPathComponent(ReportSender.emlName)
            try AtomicFile.write(data, to: emlPath)
            let skipped = everyone.filter { !pending.contains($0) }
            console.errorLine("\(report.id): dry run: wrote \(emlPath) (\(data.count) bytes); would send to \(pending.isEmpty ? "nobody" : pending.joined(separator: ", "))"
                + (skipped.isEmpty ? "" : "; already sent to \(skipped.joined(separator: ", "))"))
            return Sysexit.ok
        }
        guard let transport, let endpoint else { throw CommandFailure("no mail server", code: Sysexit.config) }
        do {
            let receipt = try transport.send(data, envelope: Envelope(from: from.address, recipients: pending))
            ledger.deliveries.append(SendLedger.Delivery(pdfSHA256: pdfHash, recipients: pending, time: SendLedger.timestamp(now()), server: endpoint.description,
                                                         reply: receipt.reply, messageID: "<\(message.messageID)>", attempts: receipt.attempts))
            ledger.lastFailure = nil
            do { try ledger.write(to: ledgerPath) } catch {
                // Delivered but not recorded: say so loudly, since the next run would send it again.
                throw CommandFailure("sent to \(pending.joined(separator: ", ")), but the send ledger \(ledgerPath) could not be written: \(error); the next send would repeat it", code: Sysexit.cannotCreate)
            }
            console.errorLine("\(report.id): sent \(version) to \(pending.joined(separator: ", ")) through \(endpoint) (\(receipt.reply))"
                + (receipt.attempts > 1 ? " after \(receipt.attempts) attempts" : ""))
            return Sysexit.ok
        } catch let error as MailError {
            let code = ReportSender.exitCode(for: error)
            ledger.lastFailure = SendLedger.Failure(pdfSHA256: pdfHash, recipients: pending, time: SendLedger.timestamp(now()),
                                                    server: endpoint.description, error: error.message, exitCode: code)
            try? ledger.write(to: ledgerPath)
            throw CommandFailure("not sent: \(error.message)", code: code)
        }
    }

    /// The message for one report: headers, bodies from the templates, the page image, the PDF.
    func compose(_ report: ProjectConfig.Report, folder: String, manifest: Manifest, checks: CheckSummary, pdf: Data, pdfHash: String,
                 subject: String, to: [MailAddress], cc: [MailAddress]) throws -> MailMessage {
        let view = try onePagerView(report, manifest: manifest, checks: checks)
        let base = ReportSender.fileName("\(view.header.company) \(view.header.periodLabel) one-pager")
        let png = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(ReportSender.pngName))
        let image = png.map { MailAttachment(data: $0, fileName: base + ".png", contentType: "image/png", contentID: "onepager.\(pdfHash.prefix(16))@kcreport") }
        let emailView = EmailView(view: view, report: report.id, pageImage: image?.contentID.map { "cid:\($0)" }, attachment: base + ".pdf")
        let rendered: (subject: String, text: String, html: String)
        do {
            let emailRenderer = try EmailRenderer(library: templates, subject: subject, subjectSource: "\(project.file): email.subject")
            rendered = (try emailRenderer.subject(emailView), try emailRenderer.text(emailView), try emailRenderer.html(emailView))
        } catch let error as TemplateError {
            throw CommandFailure("templates: \(error)", code: Sysexit.config)
        }
        let unique = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        return MailMessage(from: from, to: to, cc: cc, subject: rendered.subject, date: now(),
                           messageID: "kcreport.\(report.id).\(pdfHash.prefix(12)).\(unique)@\(from.domain)",
                           textBody: rendered.text, htmlBody: rendered.html, inlineImage: image,
                           attachments: [MailAttachment(data: pdf, fileName: base + ".pdf", contentType: "application/pdf")],
                           extraHeaders: [("X-Mailer", "kcreport \(KCReport.version)")])
    }

    /// The one-pager view the report was built from: its source (which must be the one
    /// the manifest names), its history and options, its checks from checks.json.
    func onePagerView(_ report: ProjectConfig.Report, manifest: Manifest, checks: CheckSummary) throws -> OnePagerView {
        let sourcePath = project.resolve(report.source)
        guard let sourceData = FileManager.default.contents(atPath: sourcePath) else {
            throw CommandFailure("\(sourcePath): cannot be read", code: Sysexit.noInput)
        }
        guard SHA256.hex(sourceData) == manifest.inputs.source.sha256 else {
            throw CommandFailure("not sent: \(report.source) has changed since the report was built; run kcreport build first", code: Sysexit.dataError)
        }
        var model = try ModelSource.load(sourcePath, console: console)
        if !report.history.isEmpty {
            model = HistoryMerge.merge(model, with: try report.history.map { try ModelSource.load(project.resolve($0), console: console) }).model
        }
        // The display currency the build used, including one given on its command line.
        let cliCurrency = manifest.inputs.config.components(separatedBy: ";")
            .first { $0.hasPrefix("cli-display-currency=") }.map { String($0.dropFirst("cli-display-currency=".count)) } ?? ""
        let language = report.names.keys.sorted().first { $0.hasPrefix("zh") } ?? report.names.keys.sorted().first
        let options = ViewOptions(displayCurrency: cliCurrency.isEmpty ? report.settings.displayCurrency : cliCurrency,
                                  localName: language.flatMap { report.names[$0] }, localNameLanguage: language)
        do {
            let pager = try OnePagerBuilder(model: model, checks: checks, options: options).build()
            return try renderer.writingHighlights(pager.view)
        } catch let error as ViewError {
            throw CommandFailure("\(error)", code: Sysexit.dataError)
        } catch let error as TemplateError {
            throw CommandFailure("templates: \(error)", code: Sysexit.config)
        }
    }

    /// Exit codes for delivery failures: 69 unreachable or refused for good, 75 try
    /// again later, 78 the login or settings are wrong.
    static func exitCode(for error: MailError) -> Int32 {
        switch error.kind {
        case .unreachable, .rejected, .tls, .tooLarge: return Sysexit.unavailable
        case .temporary: return Sysexit.tempFail
        case .authentication, .configuration: return Sysexit.config
        }
    }

    /// "Kingsoft Cloud Holdings Limited Q3 2024 one-pager" → "Kingsoft-Cloud-Holdings-Limited-Q3-2024-one-pager".
    static func fileName(_ text: String) -> String {
        var out = ""
        for character in text {
            if character.isASCII && (character.isLetter || character.isNumber) { out.append(character) } else if !out.hasSuffix("-") && !out.isEmpty { out.append("-") }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "one-pager" : out
    }

    /// This machine's name when it can stand as a mail domain, else "localhost".
    static func hostDomain() -> String {
        let host = ProcessInfo.processInfo.hostName
        return (try? MailAddress(address: "kcreport@\(host)")) != nil ? host : "localhost"
    }
}
