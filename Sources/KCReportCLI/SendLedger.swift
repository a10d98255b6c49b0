import Foundation

/// `Output/.sent/<id>.json`: every delivery of a report's one-pager — the PDF's hash
/// (the version), the recipients, the time, the server and its reply — and the last
/// failed attempt. A version goes to each recipient once: `send` skips those the
/// ledger already lists for the PDF's hash. It lives beside the report folders, not
/// in them, because each build replaces `Output/<id>/` whole.
struct SendLedger: Codable, Equatable {
    struct Delivery: Codable, Equatable {
        var pdfSHA256: String
        var recipients: [String]
        /// ISO 8601, UTC.
        var time: String
        var server: String
        var reply: String
        var messageID: String
        var attempts: Int
    }

    struct Failure: Codable, Equatable {
        var pdfSHA256: String
        var recipients: [String]
        var time: String
        var server: String
        var error: String
        var exitCode: Int32
    }

    var report: String
    var deliveries: [Delivery] = []
    var lastFailure: Failure?

    static func path(output: String, report: String) -> String {
        ((output as NSString).appendingPathComponent(".sent") as NSString).appendingPathComponent("\(report).json")
    }

    /// The ledger at `path`; an empty one when there is none yet. A ledger that cannot
    /// be read is an error: sending without it could send a version twice.
    static func read(_ path: String, report: String) throws -> SendLedger {
        guard FileManager.default.fileExists(atPath: path) else { return SendLedger(report: report) }
        guard let data = FileManager.default.contents(atPath: path), let ledger = try? JSONDecoder().decode(SendLedger.self, from: data) else {
            throw CommandFailure("\(path): the send ledger cannot be read; fix or remove it (removing it lets every version be sent again)", code: Sysexit.dataError)
        }
        return ledger
    }

    func write(to path: String) throws {
        try AtomicFile.write(try JSONEncoder.sorted.encode(self) + Data("\n".utf8), to: path)
    }

    /// Recipients (lower-cased addresses) that already have the version with this hash.
    func recipients(of pdfSHA256: String) -> Set<String> {
        Set(deliveries.filter { $0.pdfSHA256 == pdfSHA256 }.flatMap { $0.recipients.map { $0.lowercased() } })
    }

    /// The latest delivery of this version, for the "already sent" message.
    func lastDelivery(of pdfSHA256: String) -> Delivery? {
        deliveries.last { $0.pdfSHA256 == pdfSHA256 }
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
