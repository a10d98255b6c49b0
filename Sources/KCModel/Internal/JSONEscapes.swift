/// The escapes of JSON strings: `\n`, `\"`, `\u00E9`, `\uD83D\uDE00` and the rest.
enum JSONEscapes {
    static let highSurrogates: ClosedRange<UInt16> = 0xD800...0xDBFF
    static let lowSurrogates: ClosedRange<UInt16> = 0xDC00...0xDFFF

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// The text of a string's bytes (between the quotes) with its escapes resolved.
    /// `JSONReader` has checked them; anything malformed regardless becomes U+FFFD.
    static func unescape(_ bytes: ArraySlice<UInt8>) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            guard byte == UInt8(ascii: "\\"), index < bytes.endIndex else {
                text.append(byte)
                continue
            }
            let escaped = bytes[index]
            index += 1
            switch escaped {
            case UInt8(ascii: "b"): text.append(0x08)
            case UInt8(ascii: "f"): text.append(0x0C)
            case UInt8(ascii: "n"): text.append(0x0A)
            case UInt8(ascii: "r"): text.append(0x0D)
            case UInt8(ascii: "t"): text.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = hexQuad(bytes, at: &index)
                if let high = scalar, highSurrogates.contains(high),
                   bytes[index...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) {
                    index += 2
                    if let low = hexQuad(bytes, at: &index), lowSurrogates.contains(low) {
                        scalar = nil
                        let value = 0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(low - 0xDC00)
                        append(Unicode.Scalar(value), to: &text)
                    }
                }
                if let scalar { append(Unicode.Scalar(scalar), to: &text) }
            default: text.append(escaped) // \" \\ \/
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static func hexQuad(_ bytes: ArraySlice<UInt8>, at index: inout Int) -> UInt16? {
        guard bytes.endIndex - index >= 4 else { return nil }
        var value: UInt16 = 0
        for offset in 0..<4 {
            guard let digit = hexValue(bytes[index + offset]) else { return nil }
            value = value << 4 | UInt16(digit)
        }
        index += 4
        return value
    }

    private static func append(_ scalar: Unicode.Scalar?, to text: inout [UInt8]) {
        UTF8.encode(scalar ?? "\u{FFFD}") { text.append($0) }
    }
}
