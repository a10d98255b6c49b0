import CCurlShim
import Foundation

/// One libcurl easy handle and everything it points at (the recipient list, the
/// error buffer), released together in `deinit`. The only place that calls libcurl.
final class CurlHandle {
    private let handle: UnsafeMutableRawPointer
    private var lists: [UnsafeMutablePointer<curl_slist>] = []
    private let errorBuffer: UnsafeMutablePointer<CChar>

    init() throws {
        // libcurl is opened and initialised once per process, before the first handle.
        if let failure = kc_curl_load() { throw MailError(.configuration, String(cString: failure)) }
        guard let handle = kc_curl_easy_init() else {
            throw MailError(.unreachable, "libcurl could not be initialised")
        }
        self.handle = handle
        errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        try check(kc_curl_set_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer), "ERRORBUFFER")
    }

    deinit {
        kc_curl_easy_cleanup(handle)
        for list in lists { kc_curl_slist_free_all(list) }
        errorBuffer.deallocate()
    }

    func set(_ option: CURLoption, _ value: Int) throws {
        try check(kc_curl_set_long(handle, option, value), "option \(option.rawValue)")
    }

    func set(_ option: CURLoption, size value: Int64) throws {
        try check(kc_curl_set_off(handle, option, curl_off_t(value)), "option \(option.rawValue)")
    }

    /// libcurl copies string options, so the Swift string may go away after this call.
    func set(_ option: CURLoption, _ value: String) throws {
        try check(value.withCString { kc_curl_set_string(handle, option, $0) }, "option \(option.rawValue)")
    }

    func set(_ option: CURLoption, pointer: UnsafeMutableRawPointer) throws {
        try check(kc_curl_set_pointer(handle, option, pointer), "option \(option.rawValue)")
    }

    /// A string list option (the recipients); the list lives as long as the handle.
    func set(_ option: CURLoption, list values: [String]) throws {
        var list: UnsafeMutablePointer<curl_slist>?
        for value in values {
            guard let longer = kc_curl_slist_append(list, value) else {
                if let list { kc_curl_slist_free_all(list) }
                throw MailError(.unreachable, "libcurl: out of memory")
            }
            list = longer
        }
        guard let list else { return }
        lists.append(list)
        try check(kc_curl_set_list(handle, option, list), "option \(option.rawValue)")
    }

    func setReadFunction(_ callback: kc_curl_read_callback) throws {
        try check(kc_curl_set_read_function(handle, callback), "READFUNCTION")
    }

    func setDebugFunction(_ callback: kc_curl_debug_callback) throws {
        try check(kc_curl_set_debug_function(handle, callback), "DEBUGFUNCTION")
    }

    /// Runs the transfer; returns libcurl's code and its error text.
    func perform() -> (code: CURLcode, error: String) {
        errorBuffer[0] = 0
        let code = kc_curl_easy_perform(handle)
        var text = String(cString: errorBuffer)
        if text.isEmpty, let fallback = kc_curl_easy_strerror(code) { text = String(cString: fallback) }
        return (code, text)
    }

    /// The last SMTP reply code, 0 when the server said nothing.
    var responseCode: Int {
        var value = 0
        _ = kc_curl_get_long(handle, CURLINFO_RESPONSE_CODE, &value)
        return value
    }

    private func check(_ code: CURLcode, _ what: String) throws {
        guard code == CURLE_OK else {
            throw MailError(.configuration, "libcurl refused \(what): \(String(cString: kc_curl_easy_strerror(code)))")
        }
    }
}
