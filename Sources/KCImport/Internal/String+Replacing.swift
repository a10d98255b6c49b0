import Foundation

/// Byte-level text helpers. Foundation's `replacingOccurrences` and `contains`
/// go through NSString and dominated import time; labels and cells are short
/// UTF-8, so plain scans over bytes are many times faster.
enum Bytes {
    /// Index of the first occurrence of `needle` in `haystack` at or after `from`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
        // Arrays go to the pointer version: one non-generic loop for every caller.
        needle.withUnsafeBufferPointer { n in haystack.withUnsafeBufferPointer { h in find(n, in: h, from: from) } }
    }

    /// `find` on raw buffers: libc's `memchr` jumps to each candidate first byte
    /// and `memcmp` checks the rest, much faster than comparing byte by byte.
    static func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        guard let first = needle.first, from >= 0, haystack.count - from >= needle.count,
              let needleBase = needle.baseAddress, let base = haystack.baseAddress else { return nil }
        let last = haystack.count - needle.count
        var i = from
        while i <= last {
            guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return nil }
            i = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            if memcmp(base + i, needleBase, needle.count) == 0 { return i }
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
        // Most calls find nothing: check in place before copying the bytes.
        guard includes(target), !target.isEmpty else { return self }
        var bytes = Array(utf8)
        guard Bytes.replace(Array(target.utf8), with: Array(replacement.utf8), in: &bytes) else { return self }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `self` contains `needle`, compared byte for byte.
    package func includes(_ needle: String) -> Bool {
        if needle.isEmpty { return true }
        // Native strings and literals are contiguous UTF-8; search them without copying.
        let found = utf8.withContiguousStorageIfAvailable { haystack in
            needle.utf8.withContiguousStorageIfAvailable { Bytes.find($0, in: haystack) != nil }
        }
        if let found = found ?? nil { return found }
        return Bytes.find(Array(needle.utf8), in: Array(utf8)) != nil
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces, tabs and no-break spaces.
    var trimmingSpaces: String {
        if let trimmed = trimmedOnBytes() { return trimmed }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }

    /// `trimmingSpaces` on bytes, or nil when a character boundary is in doubt.
    private func trimmedOnBytes() -> String? {
        guard let found = utf8.withContiguousStorageIfAvailable(Bytes.withoutSpaces), let kept = found else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: kept.lowerBound)
        let end = utf8.index(utf8.startIndex, offsetBy: kept.upperBound)
        return String(self[start..<end])
    }
}

extension Bytes {
    /// The range left after trimming spaces, tabs and no-break spaces, or nil
    /// when that may not match `trimmingSpaces` on characters. Cutting next to an
    /// ASCII byte is always on a character boundary, so the range is exact when
    /// its first and last bytes are ASCII.
    static func withoutSpaces(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var start = 0
        var end = bytes.count
        while start < end {
            if bytes[start] == 0x20 || bytes[start] == 0x09 {
                start += 1
            } else if bytes[start] == 0xC2, start + 1 < end, bytes[start + 1] == 0xA0 {
                start += 2
            } else {
                break
            }
        }
        guard start < end else { return 0..<0 }
        while end > start {
            if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 {
                end -= 1
            } else if bytes[end - 1] == 0xA0, end - 2 >= start, bytes[end - 2] == 0xC2 {
                end -= 2
            } else {
                break
            }
        }
        guard bytes[start] < 0x80, bytes[end - 1] < 0x80 else { return nil }
        return start..<end
    }
}
