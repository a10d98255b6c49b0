/// Byte-level text helpers. Foundation's `replacingOccurrences` and `contains`
/// go through NSString and dominated import time; labels and cells are short
/// UTF-8, so plain scans over bytes are many times faster.
enum Bytes {
    /// Index of the first occurrence of `needle` in `haystack` at or after `from`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var i = from
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// Replaces every occurrence of `needle` in place; returns whether any was found.
    @discardableResult
    static func replace(_ needle: [UInt8], with replacement: [UInt8], in text: inout [UInt8]) -> Bool {
        guard var at = find(needle, in: text) else { return false }
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        var start = 0
        while true {
            result.append(contentsOf: text[start..<at])
            result.append(contentsOf: replacement)
            start = at + needle.count
            guard let next = find(needle, in: text, from: start) else { break }
            at = next
        }
        result.append(contentsOf: text[start...])
        text = result
        return true
    }
}

extension String {
    /// `self` with every `target` replaced.
    func replacingAll(_ target: String, with replacement: String) -> String {
        var bytes = Array(utf8)
        guard Bytes.replace(Array(target.utf8), with: Array(replacement.utf8), in: &bytes) else { return self }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `self` contains `needle`, compared byte for byte.
    func includes(_ needle: String) -> Bool {
        if needle.isEmpty { return true }
        return Bytes.find(Array(needle.utf8), in: Array(utf8)) != nil
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces, tabs and no-break spaces.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
