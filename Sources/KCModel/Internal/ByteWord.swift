/// Tests on 8 bytes at once, loaded as one little-endian UInt64, for `JSONReader`'s
/// fast paths: the first byte of the text is the lowest byte of the word.
/// (The classic bit tricks: "Determine if a word has a zero byte" in Bit Twiddling Hacks.)
enum ByteWord {
    /// How many of the word's bytes, from the first, are spaces (0...8).
    static func leadingSpaces(_ word: UInt64) -> Int {
        // Spaces become zero bytes; the first other byte has a set bit.
        (word ^ repeating(UInt8(ascii: " "))).trailingZeroBitCount / 8
    }

    /// The high bit set in each byte that ends a run of plain string text (a quote,
    /// a backslash, a control character or non-ASCII); zero when none does. Exact for
    /// the first such byte (bytes after it may be flagged falsely), so
    /// `trailingZeroBitCount / 8` is its offset.
    static func textStops(_ word: UInt64) -> UInt64 {
        let nonASCII = word & repeating(0x80)
        let control = bytesBelow(0x20, word)
        let quote = bytesBelow(1, word ^ repeating(UInt8(ascii: "\"")))
        let backslash = bytesBelow(1, word ^ repeating(UInt8(ascii: "\\")))
        return nonASCII | control | quote | backslash
    }

    private static func repeating(_ byte: UInt8) -> UInt64 {
        UInt64(byte) &* 0x0101_0101_0101_0101
    }

    /// The high bit set in bytes below `limit` (at most 0x80). Subtracting borrows only
    /// from a byte that is below, so no byte before the first one is flagged.
    private static func bytesBelow(_ limit: UInt8, _ word: UInt64) -> UInt64 {
        (word &- repeating(limit)) & ~word & repeating(0x80)
    }
}
