/// One JSON value of a parsed document.
struct JSONNode {
    enum Kind: UInt8 {
        case object, array, string, number, `true`, `false`, null
    }

    var kind: Kind
    /// Strings: no escapes, so the bytes are the text. Numbers: an integer literal
    /// (no fraction, no exponent).
    var isPlain: Bool
    /// Strings: the bytes between the quotes. Numbers: the literal. Containers: the brackets.
    var start: UInt32
    var end: UInt32
    /// The index of the node after this value and everything inside it.
    var next: UInt32
    /// Containers: how many members (an object's key/value pairs count once).
    /// Strings: their first four bytes, little-endian, zero-padded: with the length
    /// they tell most keys apart without reading the text.
    var countOrPrefix: UInt32

    var count: Int { Int(countOrPrefix) }

    /// The first four bytes of `text` as `countOrPrefix` keeps them.
    static func prefix(of text: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var prefix: UInt32 = 0
        for offset in 0..<min(4, text.count) {
            prefix |= UInt32(text[offset]) << (8 * offset)
        }
        return prefix
    }
}
