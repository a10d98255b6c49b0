import Foundation

/// A file carried in a message: the attached PDF, or the page image shown inline in
/// the HTML body (then with a Content-ID the HTML refers to as `cid:…`).
public struct MailAttachment: Sendable, Equatable {
    public var data: Data
    public var fileName: String
    /// "application/pdf", "image/png".
    public var contentType: String
    /// Set for an inline part: the id without angle brackets ("onepager.png@kcreport").
    public var contentID: String?

    public init(data: Data, fileName: String, contentType: String, contentID: String? = nil) {
        self.data = data
        self.fileName = fileName
        self.contentType = contentType
        self.contentID = contentID
    }
}
