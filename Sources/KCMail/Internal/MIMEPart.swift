import Foundation

/// A body part of a MIME tree: a leaf with its encoded body, or a multipart of parts.
indirect enum MIMEPart {
    case leaf(headers: [(String, String)], body: String)
    case multipart(subtype: String, boundary: String, parts: [MIMEPart])

    /// A file as a base64 part, inline (with its Content-ID) or attached.
    static func file(_ file: MailAttachment, inline: Bool) -> MIMEPart {
        let name = MIMEEncoding.fileNameParameter(file.fileName)
        var headers: [(String, String)] = [
            ("Content-Type", "\(file.contentType);\(MIMEEncoding.crlf) name=\"\(file.fileName.unicodeScalars.allSatisfy { $0.isASCII && $0 != "\"" } ? file.fileName : "attachment")\""),
            ("Content-Transfer-Encoding", "base64"),
            ("Content-Disposition", "\(inline ? "inline" : "attachment");\(MIMEEncoding.crlf) \(name)"),
        ]
        if let id = file.contentID { headers.append(("Content-ID", "<\(id)>")) }
        return .leaf(headers: headers, body: MIMEEncoding.base64Lines(file.data))
    }

    /// The part with `headers` before its own (the message headers at the root).
    func rendered(headers extra: [(String, String)] = []) -> String {
        let crlf = MIMEEncoding.crlf
        switch self {
        case .leaf(let headers, let body):
            return (extra + headers).map { "\($0.0): \($0.1)\(crlf)" }.joined() + crlf + body
        case .multipart(let subtype, let boundary, let parts):
            var out = (extra + [("Content-Type", "multipart/\(subtype);\(crlf) boundary=\"\(boundary)\"")]).map { "\($0.0): \($0.1)\(crlf)" }.joined()
            out += crlf
            for part in parts {
                out += "--\(boundary)\(crlf)"
                let body = part.rendered()
                out += body
                if !body.hasSuffix(crlf) { out += crlf }
                // The line break before a boundary belongs to the boundary: keep the body's own.
                out += crlf
            }
            out += "--\(boundary)--\(crlf)"
            return out
        }
    }
}
