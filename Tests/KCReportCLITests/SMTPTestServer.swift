import Foundation

/// The aiosmtpd server of Tests/Support/smtp_server.py on a free loopback port, started
/// for one test and stopped when the test lets go of it (its stdin closes with us too).
final class SMTPTestServer: @unchecked Sendable {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Support/smtp_server.py").path
    /// Debian's python3 has python3-aiosmtpd (scripts/setup.sh); KCREPORT_TEST_PYTHON overrides.
    static let python = ProcessInfo.processInfo.environment["KCREPORT_TEST_PYTHON"] ?? "/usr/bin/python3"

    let process = Process()
    let input = Pipe()
    let spool: URL
    let port: Int

    init(mode: String = "accept", arguments: [String] = []) throws {
        spool = FileManager.default.temporaryDirectory.appendingPathComponent("kcreport-smtp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: spool, withIntermediateDirectories: true)
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: SMTPTestServer.python)
        process.arguments = [SMTPTestServer.script, "serve", "--spool", spool.path, "--mode", mode, "--lifetime", "240"] + arguments
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        // "READY <port>", or the script's end if it could not start.
        var line = Data()
        while true {
            let byte = output.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            line += byte
        }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("READY "), let port = Int(text.dropFirst(6)) else {
            process.terminate()
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "the SMTP test server did not start: '\(text)'"])
        }
        self.port = port
    }

    deinit {
        try? input.fileHandleForWriting.close()
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: spool)
    }

    var url: String { "smtp://127.0.0.1:\(port)" }

    /// Every message the server accepted, as it recorded it (envelope, TLS, login, parsed message).
    func messages() throws -> [[String: Any]] {
        let names = try FileManager.default.contentsOfDirectory(atPath: spool.path).filter { $0.hasSuffix(".json") && $0 != "stats.json" }
            .sorted { (Int($0.dropLast(5)) ?? 0) < (Int($1.dropLast(5)) ?? 0) }
        return try names.map { name in
            let data = try Data(contentsOf: spool.appendingPathComponent(name))
            return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        }
    }

    /// How many DATA commands the server has seen (accepted or not).
    func dataCommands() -> Int {
        guard let data = try? Data(contentsOf: spool.appendingPathComponent("stats.json")),
              let stats = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return 0 }
        return stats["data_commands"] as? Int ?? 0
    }

    /// A saved .eml as Python's email package reads it.
    static func parse(_ file: URL) throws -> [String: Any] {
        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script, "parse", file.path]
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    /// A self-signed certificate for 127.0.0.1 made with the openssl command; returns (cert, key).
    static func makeCertificate(in folder: URL) throws -> (cert: String, key: String) {
        let cert = folder.appendingPathComponent("cert.pem").path
        let key = folder.appendingPathComponent("key.pem").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2",
                             "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"]
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (cert, key)
    }

    /// A loopback port nothing listens on (bound, then released).
    static func closedPort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
