import Foundation

/// One e-mail as the one-pager goes out: RFC 5322 headers, a `multipart/mixed`
/// holding a `multipart/alternative` (plain text, then HTML — inside a
/// `multipart/related` with the page image when there is one) and the attachments.
/// `encoded()` gives the bytes to send, CRLF lines, 7-bit clean.
public struct MailMessage: Sendable, Equatable {
    public var from: MailAddress
    public var to: [MailAddress]
    public var cc: [MailAddress]
    public var subject: String
    public var date: Date
    /// Without angle brackets: "kcreport.1a2b…@example.com".
    public var messageID: String
    public var textBody: String
    public var htmlBody: String
    /// Shown inside the HTML body (`<img src="cid:…">`), when set.
    public var inlineImage: MailAttachment?
    public var attachments: [MailAttachment]
    /// Further headers (name, value), printable ASCII, such as X-Mailer.
    public var extraHeaders: [(name: String, value: String)]

    public init(from: MailAddress, to: [MailAddress], cc: [MailAddress] = [], subject: String, date: Date, messageID: String,
                textBody: String, htmlBody: String, inlineImage: MailAttachment? = nil, attachments: [MailAttachment] = [],
                extraHeaders: [(name: String, value: String)] = []) {
        self.from = from
        self.to = to
        self.cc = cc
        self.subject = subject
        self.date = date
        self.messageID = messageID
        self.textBody = textBody
        self.htmlBody = htmlBody
        self.inlineImage = inlineImage
        self.attachments = attachments
        self.extraHeaders = extraHeaders
    }

    public static func == (lhs: MailMessage, rhs: MailMessage) -> Bool { lhs.encoded() == rhs.encoded() }

    /// The message as sent. Boundaries start with "=_", which neither base64 nor
    /// quoted-printable can produce, so the same message always gives the same bytes.
    public func encoded() -> Data {
        var headers: [(String, String)] = [
            ("Date", MIMEEncoding.date(date)),
            ("Message-ID", "<\(messageID)>"),
            ("From", MIMEEncoding.address(from)),
        ]
        if !to.isEmpty { headers.append(("To", MIMEEncoding.addressList(to))) }
        if !cc.isEmpty { headers.append(("Cc", MIMEEncoding.addressList(cc))) }
        headers.append(("Subject", MIMEEncoding.headerText(subject.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " "))))
        headers.append(("MIME-Version", "1.0"))
        for header in extraHeaders { headers.append((header.name, header.value)) }

        let text = MIMEPart.leaf(headers: [("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable")],
                                 body: MIMEEncoding.quotedPrintable(MailMessage.endingInNewline(textBody)))
        var html = MIMEPart.leaf(headers: [("Content-Type", "text/html; charset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable")],
                                 body: MIMEEncoding.quotedPrintable(MailMessage.endingInNewline(htmlBody)))
        if let image = inlineImage {
            html = .multipart(subtype: "related; type=\"text/html\"", boundary: "=_kcreport-related", parts: [html, MIMEPart.file(image, inline: true)])
        }
        let alternative = MIMEPart.multipart(subtype: "alternative", boundary: "=_kcreport-alternative", parts: [text, html])
        let root = attachments.isEmpty ? alternative
            : MIMEPart.multipart(subtype: "mixed", boundary: "=_kcreport-mixed", parts: [alternative] + attachments.map { MIMEPart.file($0, inline: false) })
        return Data(root.rendered(headers: headers).utf8)
    }

    static func endingInNewline(_ text: String) -> String { text.hasSuffix("\n") ? text : text + "\n" }
}
