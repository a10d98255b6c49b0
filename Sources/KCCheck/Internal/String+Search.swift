/// Byte-for-byte substring search for prose. Foundation's `range(of:)` and
/// `contains` go through NSString and dominated the prose check; the needles
/// here are ASCII words or figures cut from the same text, for which comparing
/// bytes finds the same places.
extension String {
    /// The range of the first (or, `backwards`, the last) `needle` at or after `from`.
    func byteRange(of needle: String, from: String.Index? = nil, backwards: Bool = false) -> Range<String.Index>? {
        let start = from.map(byteOffset) ?? 0
        var haystack = self
        var needle = needle
        // withUTF8 makes either string contiguous first, if it is not already.
        let offset = haystack.withUTF8 { haystack in
            needle.withUTF8 { ByteSearch.find($0, in: haystack, from: start, backwards: backwards) }
        }
        guard let offset else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// The offset of `index` in UTF-8 bytes; constant time for native strings.
    func byteOffset(_ index: String.Index) -> Int {
        utf8.distance(from: utf8.startIndex, to: index)
    }
}

enum ByteSearch {
    /// Offset of the first (or last) occurrence of `needle` in `haystack` at or after `from`.
    static func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from: Int,
                     backwards: Bool) -> Int? {
        guard !needle.isEmpty, haystack.count - from >= needle.count else { return nil }
        let last = haystack.count - needle.count
        if backwards {
            return stride(from: last, through: from, by: -1).first { matches(needle, in: haystack, at: $0) }
        }
        return (from...last).first { matches(needle, in: haystack, at: $0) }
    }

    static func matches(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard haystack[offset] == needle[0] else { return false }
        var k = 1
        while k < needle.count, haystack[offset + k] == needle[k] { k += 1 }
        return k == needle.count
    }
}
