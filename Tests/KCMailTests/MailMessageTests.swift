import Foundation
import Testing
@testable import KCMail

/// The MIME message: structure, encodings, line lengths, and the same bytes for the same message.
@Suite struct MailMessageTests {
    static func message(image: Bool = true) throws -> MailMessage {
        MailMessage(from: try MailAddress(parsing: "Investor Relations <ir@example.com>"),
                    to: [try MailAddress(parsing: "board@example.com"), try MailAddress(parsing: "\"Doe, Jane\" <jane@example.com>")],
                    cc: [try MailAddress(parsing: "金山 <cfo@example.com>")],
                    subject: "Kingsoft Cloud · Q3 2024 Earnings Summary — 金山雲控股有限公司",
                    date: Date(timeIntervalSince1970: 1_732_000_000), messageID: "kcreport.test@example.com",
                    textBody: "Total revenues: RMB1,885.6 million\n.a line that starts with a dot\n" + String(repeating: "long line ", count: 20) + "\nends with a space \n",
                    htmlBody: "<p>Gross margin 16.1% — “up”</p>",
                    inlineImage: image ? MailAttachment(data: Data([0x89, 0x50, 0x4E, 0x47]), fileName: "page.png", contentType: "image/png", contentID: "page@kcreport") : nil,
                    attachments: [MailAttachment(data: Data((0..<1000).map { UInt8($0 % 256) }), fileName: "Q3 one-pager.pdf", contentType: "application/pdf")],
                    extraHeaders: [("X-Mailer", "kcreport test")])
    }

    @Test func headersAndStructure() throws {
        let text = String(decoding: try Self.message().encoded(), as: UTF8.self)
        #expect(text.hasPrefix("Date: Tue, 19 Nov 2024 07:06:40 +0000\r\nMessage-ID: <kcreport.test@example.com>\r\nFrom: Investor Relations <ir@example.com>\r\nTo: board@example.com,\r\n \"Doe, Jane\" <jane@example.com>\r\nCc: =?UTF-8?B?6YeR5bGx?= <cfo@example.com>\r\nSubject: =?UTF-8?B?"))
        #expect(text.contains("MIME-Version: 1.0\r\nX-Mailer: kcreport test\r\nContent-Type: multipart/mixed;\r\n boundary=\"=_kcreport-mixed\"\r\n\r\n--=_kcreport-mixed\r\nContent-Type: multipart/alternative;"))
        #expect(text.contains("Content-Type: multipart/related; type=\"text/html\";\r\n boundary=\"=_kcreport-related\""))
        #expect(text.contains("Content-Type: image/png;\r\n name=\"page.png\"\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: inline;\r\n filename=\"page.png\"\r\nContent-ID: <page@kcreport>\r\n"))
        #expect(text.contains("Content-Disposition: attachment;\r\n filename=\"Q3 one-pager.pdf\""))
        #expect(text.hasSuffix("--=_kcreport-mixed--\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "bare LF")
        #expect(text.utf8.allSatisfy { $0 < 128 }, "not 7-bit")
        for line in text.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 78, "\(line)") }
        #expect(try Self.message().encoded() == Self.message().encoded())
    }

    @Test func withoutImageTheHTMLIsAnAlternative() throws {
        let text = String(decoding: try Self.message(image: false).encoded(), as: UTF8.self)
        #expect(!text.contains("multipart/related"))
        #expect(text.contains("--=_kcreport-alternative\r\nContent-Type: text/html; charset=utf-8\r\n"))
    }

    @Test func base64LinesAre76Characters() {
        let lines = MIMEEncoding.base64Lines(Data(repeating: 0xFF, count: 200)).components(separatedBy: "\r\n")
        #expect(lines.dropLast().allSatisfy { $0.count <= 76 })
        #expect(lines[0].count == 76)
        #expect(lines.last == "")
        #expect(Data(base64Encoded: lines.joined()) == Data(repeating: 0xFF, count: 200))
    }

    @Test func quotedPrintable() {
        #expect(MIMEEncoding.quotedPrintable("a=b café\n") == "a=3Db caf=C3=A9\r\n")
        #expect(MIMEEncoding.quotedPrintable("trailing space \nx") == "trailing space=20\r\nx")
        #expect(MIMEEncoding.quotedPrintable(".hidden\nFrom me") == "=2Ehidden\r\n=46rom me")
        let long = MIMEEncoding.quotedPrintable(String(repeating: "é", count: 60))
        let lines = long.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.count <= 76 })
        #expect(lines.dropLast().allSatisfy { $0.hasSuffix("=") })
    }

    @Test func encodedWordsKeepCharactersWhole() {
        #expect(MIMEEncoding.headerText("Plain ASCII subject") == "Plain ASCII subject")
        let encoded = MIMEEncoding.headerText(String(repeating: "金山雲", count: 10))
        let words = encoded.components(separatedBy: "\r\n ")
        #expect(words.count > 1)
        let decoded = words.map { word -> String in
            let base64 = word.dropFirst("=?UTF-8?B?".count).dropLast(2)
            return String(data: Data(base64Encoded: String(base64)) ?? Data(), encoding: .utf8) ?? "broken"
        }
        #expect(decoded.joined() == String(repeating: "金山雲", count: 10))
        #expect(words.allSatisfy { $0.count <= 75 })
    }

    @Test func nonASCIIFileName() {
        #expect(MIMEEncoding.fileNameParameter("one-pager.pdf") == "filename=\"one-pager.pdf\"")
        #expect(MIMEEncoding.fileNameParameter("金山.pdf") == "filename*=UTF-8''%E9%87%91%E5%B1%B1.pdf")
    }
}
