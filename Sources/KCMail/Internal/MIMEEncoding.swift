import Foundation

/// The encodings a message needs, in one place: base64 in 76-character lines,
/// quoted-printable for the bodies, RFC 2047 encoded words for non-ASCII header
/// text, RFC 5322 dates, and header folding. Every line ends in CRLF.
enum MIMEEncoding {
    static let crlf = "\r\n"

    /// Base64 in lines of at most 76 characters, each ending in CRLF.
    static func base64Lines(_ data: Data) -> String {
        let text = data.base64EncodedString()
        var out = ""
        out.reserveCapacity(text.utf8.count + text.utf8.count / 76 * 2 + 2)
        var index = text.startIndex
        while index < text.endIndex {
            let end = text.index(index, offsetBy: 76, limitedBy: text.endIndex) ?? text.endIndex
            out += text[index..<end]
            out += crlf
            index = end
        }
        return out
    }

    /// UTF-8 text as quoted-printable (RFC 2045), lines of at most 76 characters,
    /// soft breaks where a line is longer; line breaks become CRLF.
    static func quotedPrintable(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        let lines = normalized.split(separator: "\n", omittingEmptySubsequences: false)
        for (number, line) in lines.enumerated() {
            var length = 0
            let bytes = Array(line.utf8)
            for (index, byte) in bytes.enumerated() {
                let isLast = index == bytes.count - 1
                var piece: [UInt8]
                let literal = (byte >= 33 && byte <= 126 && byte != UInt8(ascii: "=")) || ((byte == 32 || byte == 9) && !isLast)
                // A line starting with "." or "From " survives every relay when its first byte is encoded.
                let guarded = length == 0 && (byte == UInt8(ascii: ".") || (byte == UInt8(ascii: "F") && line.hasPrefix("From ")))
                if literal && !guarded {
                    piece = [byte]
                } else {
                    piece = [UInt8(ascii: "="), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
                }
                if length + piece.count > (isLast ? 76 : 75) {
                    out += Array("=\r\n".utf8)
                    length = 0
                }
                out += piece
                length += piece.count
            }
            if number < lines.count - 1 { out += Array(crlf.utf8) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Header text: as it is when it is printable ASCII, else as RFC 2047 encoded
    /// words (UTF-8, base64), each short enough to fold, never splitting a character.
    static func headerText(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ $0.value >= 32 && $0.value < 127 }) { return text }
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 39 && !chunk.isEmpty {
                words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=") }
        return words.joined(separator: crlf + " ")
    }

    /// An address for a header: `Name <a@b>` with the name quoted or encoded as needed.
    static func address(_ address: MailAddress) -> String {
        guard let name = address.name else { return address.address }
        let atext = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~ ")
        if name.allSatisfy({ atext.contains($0) }) { return "\(name) <\(address.address)>" }
        if name.unicodeScalars.allSatisfy({ $0.value >= 32 && $0.value < 127 }) {
            let quoted = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return "\"\(quoted)\" <\(address.address)>"
        }
        return "\(headerText(name)) <\(address.address)>"
    }

    /// A list of addresses, one per folded line after the first.
    static func addressList(_ addresses: [MailAddress]) -> String {
        addresses.map(address).joined(separator: "," + crlf + " ")
    }

    /// RFC 5322 date: "Tue, 19 Nov 2024 09:30:00 +0000".
    static func date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }

    /// A file name for Content-Disposition: as it is when plain ASCII, else RFC 2231 encoded.
    static func fileNameParameter(_ name: String) -> String {
        let plain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.() ")
        if name.allSatisfy({ plain.contains($0) }) { return "filename=\"\(name)\"" }
        let unreserved = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.".utf8)
        let encoded = name.utf8.map { unreserved.contains($0) ? String(UnicodeScalar($0)) : String(format: "%%%02X", $0) }.joined()
        return "filename*=UTF-8''\(encoded)"
    }
}
