import Foundation

/// What one SMTP attempt reads from and learns: the message bytes libcurl reads in
/// chunks, the server's reply lines, and the SIZE limit its EHLO announced.
/// Shared with libcurl's C callbacks through an unmanaged pointer for the
/// duration of one `perform`.
final class TransferState {
    let bytes: [UInt8]
    var offset = 0
    /// Every line the server sent, in order (never what we sent: that holds the login).
    var replies: [String] = []
    /// The server's SIZE limit in bytes, when it announced one.
    var sizeLimit: Int?
    /// Set when the read stopped because the message exceeds `sizeLimit`.
    var stoppedForSize = false

    init(bytes: [UInt8]) { self.bytes = bytes }

    func received(_ text: String) {
        for line in text.split(whereSeparator: \.isNewline) {
            let reply = String(line)
            replies.append(reply)
            // "250-SIZE 33554432" or "250 SIZE 33554432" in the EHLO reply.
            let words = reply.dropFirst(4).split(separator: " ")
            if reply.hasPrefix("250"), words.first?.uppercased() == "SIZE", words.count == 2, let limit = Int(words[1]), limit > 0 {
                sizeLimit = limit
            }
        }
    }

    /// The server's last reply, a multi-line reply's lines joined: "550 5.1.1 User unknown".
    var lastReply: String? {
        // The goodbye to the QUIT libcurl sends after a failure is not the answer that matters.
        var replies = replies
        while let last = replies.last, last.hasPrefix("221") { replies.removeLast() }
        guard let last = replies.last else { return nil }
        let code = String(last.prefix(3))
        var lines: [String] = [last]
        for line in replies.dropLast().reversed() {
            guard line.hasPrefix(code + "-") else { break }
            lines.insert(line, at: 0)
        }
        let texts = lines.map { $0.count > 4 ? String($0.dropFirst(4)) : "" }.filter { !$0.isEmpty }
        return ([code] + texts).joined(separator: " ")
    }
}
