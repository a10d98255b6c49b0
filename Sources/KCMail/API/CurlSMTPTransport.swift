import CCurlShim
import Foundation

/// SMTP delivery through libcurl: TLS (implicit, or STARTTLS) with certificate
/// verification, AUTH when there are credentials, the message's size announced so
/// the server's SIZE limit refuses it before the data, retries with backoff on 4xx
/// replies and dropped connections, and a stop at the first 5xx.
public struct CurlSMTPTransport: MailTransport {
    public var endpoint: SMTPEndpoint
    public var credentials: SMTPCredentials?
    /// A CA bundle (PEM) to trust instead of the system's, for a private relay.
    public var caFile: String?
    public var retry: RetryPolicy
    /// Where retries are announced ("retrying in 2 s: 451 …").
    public var log: @Sendable (String) -> Void
    public var sleep: @Sendable (Double) -> Void
    /// Seconds to wait for the connection; the whole transfer may take ten times that.
    public var connectTimeout: Int = 15

    public init(endpoint: SMTPEndpoint, credentials: SMTPCredentials? = nil, caFile: String? = nil, retry: RetryPolicy = RetryPolicy(),
                log: @escaping @Sendable (String) -> Void = { _ in },
                sleep: @escaping @Sendable (Double) -> Void = { Thread.sleep(forTimeInterval: $0) }) {
        self.endpoint = endpoint
        self.credentials = credentials
        self.caFile = caFile
        self.retry = retry
        self.log = log
        self.sleep = sleep
    }

    public func send(_ message: Data, envelope: Envelope) throws -> DeliveryReceipt {
        guard !envelope.recipients.isEmpty else { throw MailError(.configuration, "no recipients") }
        let bytes = [UInt8](message)
        var attempt = 1
        while true {
            do {
                let reply = try deliver(bytes, envelope: envelope)
                return DeliveryReceipt(reply: reply, attempts: attempt)
            } catch let error as MailError where error.isTransient && attempt < retry.attempts {
                let wait = retry.wait(after: attempt)
                log("attempt \(attempt) of \(retry.attempts) failed: \(error.reply ?? error.message); retrying in \(CurlSMTPTransport.seconds(wait))")
                sleep(wait)
                attempt += 1
            } catch let error as MailError where error.isTransient && attempt > 1 {
                throw MailError(error.kind, "\(error.message) (\(attempt) attempts)", reply: error.reply)
            }
        }
    }

    /// One SMTP transaction; returns the reply to the end of DATA.
    func deliver(_ bytes: [UInt8], envelope: Envelope) throws -> String {
        let handle = try CurlHandle()
        let state = TransferState(bytes: bytes)
        let context = Unmanaged.passRetained(state)
        defer { context.release() }
        let shownHost = endpoint.host.contains(":") ? "[\(endpoint.host)]" : endpoint.host
        try handle.set(CURLOPT_URL, "\(endpoint.scheme)://\(shownHost):\(endpoint.port)")
        let ssl: curl_usessl = switch endpoint.security {
        case .implicitTLS, .startTLSRequired: CURLUSESSL_ALL
        case .startTLSIfOffered: CURLUSESSL_TRY
        }
        try handle.set(CURLOPT_USE_SSL, Int(ssl.rawValue))
        try handle.set(CURLOPT_SSL_VERIFYPEER, 1)
        try handle.set(CURLOPT_SSL_VERIFYHOST, 2)
        if let caFile { try handle.set(CURLOPT_CAINFO, caFile) }
        if let credentials {
            try handle.set(CURLOPT_USERNAME, credentials.username)
            try handle.set(CURLOPT_PASSWORD, credentials.password)
        }
        try handle.set(CURLOPT_MAIL_FROM, "<\(envelope.from)>")
        try handle.set(CURLOPT_MAIL_RCPT, list: envelope.recipients.map { "<\($0)>" })
        try handle.set(CURLOPT_UPLOAD, 1)
        try handle.set(CURLOPT_INFILESIZE_LARGE, size: Int64(bytes.count))
        try handle.set(CURLOPT_NOSIGNAL, 1)
        try handle.set(CURLOPT_CONNECTTIMEOUT, connectTimeout)
        try handle.set(CURLOPT_TIMEOUT, connectTimeout * 10)
        try handle.set(CURLOPT_READDATA, pointer: context.toOpaque())
        try handle.setReadFunction { buffer, size, count, context in
            guard let buffer, let context else { return 0 }
            let state = Unmanaged<TransferState>.fromOpaque(context).takeUnretainedValue()
            if state.offset == 0, let limit = state.sizeLimit, state.bytes.count > limit {
                state.stoppedForSize = true
                return Int(CURL_READFUNC_ABORT)
            }
            let length = min(size * count, state.bytes.count - state.offset)
            state.bytes.withUnsafeBufferPointer { source in
                guard let base = source.baseAddress else { return }
                UnsafeMutableRawPointer(buffer).copyMemory(from: base + state.offset, byteCount: length)
            }
            state.offset += length
            return length
        }
        // Server replies only: what we send includes the login, and is never looked at.
        try handle.set(CURLOPT_VERBOSE, 1)
        try handle.set(CURLOPT_DEBUGDATA, pointer: context.toOpaque())
        try handle.setDebugFunction { _, type, data, size, context in
            guard type == CURLINFO_HEADER_IN, let data, let context else { return 0 }
            let state = Unmanaged<TransferState>.fromOpaque(context).takeUnretainedValue()
            let text = data.withMemoryRebound(to: UInt8.self, capacity: size) { String(decoding: UnsafeBufferPointer(start: $0, count: size), as: UTF8.self) }
            state.received(text)
            return 0
        }
        let (code, errorText) = handle.perform()
        if code == CURLE_OK { return state.lastReply ?? "250" }
        throw classify(code, errorText: errorText, response: handle.responseCode, state: state)
    }

    /// Turns libcurl's result and the server's last reply into a `MailError`.
    func classify(_ code: CURLcode, errorText: String, response: Int, state: TransferState) -> MailError {
        let server = endpoint.description
        let reply = state.lastReply
        let said = reply.map { ": \($0)" } ?? ""
        if state.stoppedForSize || response == 552 || (reply?.contains("5.3.4") ?? false) {
            let limit = state.sizeLimit.map { "; the server accepts at most \($0) bytes (SIZE)" } ?? ""
            return MailError(.tooLarge, "the message is \(state.bytes.count) bytes\(limit); \(server) refused it before the data was sent\(said)", reply: reply)
        }
        switch code {
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_CONNECT:
            return MailError(.unreachable, "cannot reach the mail server \(server): \(errorText)")
        case CURLE_OPERATION_TIMEDOUT where state.replies.isEmpty:
            return MailError(.unreachable, "the mail server \(server) did not answer: \(errorText)")
        case CURLE_USE_SSL_FAILED:
            return MailError(.tls, "\(server) does not offer STARTTLS, which is required for a server that is not on this machine; use smtps:// if it speaks TLS from the start")
        case CURLE_PEER_FAILED_VERIFICATION:
            return MailError(.tls, "the certificate of \(server) did not verify: \(errorText)\(caFile == nil ? "; for a private relay, name its CA in email.ca-file (or --ca-file)" : " (trusting \(caFile ?? ""))")")
        case CURLE_SSL_CACERT_BADFILE:
            return MailError(.tls, "the CA file \(caFile ?? "") cannot be used: \(errorText)")
        case CURLE_SSL_CONNECT_ERROR:
            return MailError(.tls, "TLS with \(server) failed: \(errorText)")
        default:
            break
        }
        switch response {
        case 530, 534, 535, 538:
            let who = credentials.map { "the login of \($0)" } ?? "the message without a login"
            return MailError(.authentication, "\(server) refused \(who)\(said)", reply: reply)
        case 400..<500:
            return MailError(.temporary, "\(server) could not take the message now\(said); nothing was delivered", reply: reply)
        case 500..<600:
            return MailError(.rejected, "\(server) refused the message\(said); nothing was delivered", reply: reply)
        default:
            if code == CURLE_LOGIN_DENIED {
                return MailError(.authentication, "\(server) refused the login of \(credentials?.description ?? "nobody")\(said)", reply: reply)
            }
            return MailError(.temporary, "the connection to \(server) dropped: \(errorText); nothing was delivered", reply: reply)
        }
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
    }
}
