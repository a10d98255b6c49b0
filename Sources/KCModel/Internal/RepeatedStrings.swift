import Foundation

/// Makes Strings from UTF-8 bytes, remembering recent ones so that a repeat shares the
/// storage of the first instead of being made again. A model file repeats its source
/// file name on every figure, and labels and concepts across facts and rows: most long
/// strings of a model are repeats, and each costs an allocation and a UTF-8 check.
struct RepeatedStrings {
    /// Slots by a hash of the bytes; a newer string takes the slot of an older one.
    private var slots = [String?](repeating: nil, count: 256)

    mutating func string(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
        // Swift keeps strings of up to 15 bytes inline: nothing to share.
        guard utf8.count > 15, let base = utf8.baseAddress else { return String(decoding: utf8, as: UTF8.self) }
        let raw = UnsafeRawPointer(base)
        let first = raw.loadUnaligned(as: UInt64.self)
        let last = raw.loadUnaligned(fromByteOffset: utf8.count - 8, as: UInt64.self)
        let hash = (first &* 0x9E37_79B9_7F4A_7C15) ^ (last &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(utf8.count)
        let slot = Int(truncatingIfNeeded: hash >> 56)
        if let made = slots[slot], Self.string(made, equals: utf8) { return made }
        let string = String(decoding: utf8, as: UTF8.self)
        slots[slot] = string
        return string
    }

    private static func string(_ string: String, equals utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var string = string
        return string.withUTF8 { made in
            guard made.count == utf8.count, let madeBase = made.baseAddress, let base = utf8.baseAddress else { return false }
            return memcmp(madeBase, base, made.count) == 0
        }
    }
}
