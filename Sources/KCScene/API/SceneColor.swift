import KCView

/// An sRGB colour with 8-bit channels, and the role it plays ("ink", "series-1") so that
/// an SVG page can be restyled by role as the charts are.
public struct SceneColor: Sendable, Hashable {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8
    public var role: String

    public init(red: UInt8, green: UInt8, blue: UInt8, role: String = "") {
        self.red = red
        self.green = green
        self.blue = blue
        self.role = role
    }

    /// `#rrggbb` (or `#rgb`) to a colour; black for text that is not a colour. Read from
    /// the bytes: page styles and chart paints are turned into colours for every report.
    public init(hex: String, role: String = "") {
        var digits: [UInt8] = []
        for byte in hex.utf8.dropFirst(hex.utf8.first == UInt8(ascii: "#") ? 1 : 0) {
            guard let value = SceneColor.hexValue(byte) else {
                self.init(red: 0, green: 0, blue: 0, role: role)
                return
            }
            digits.append(value)
        }
        if digits.count == 3 { digits = digits.flatMap { [$0, $0] } }
        guard digits.count == 6 else {
            self.init(red: 0, green: 0, blue: 0, role: role)
            return
        }
        self.init(red: digits[0] << 4 | digits[1], green: digits[2] << 4 | digits[3], blue: digits[4] << 4 | digits[5], role: role)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// A chart's paint as a scene colour.
    public init(_ paint: Paint) {
        self.init(hex: paint.hex, role: paint.role)
    }

    /// `#rrggbb`, lower case.
    public var hex: String {
        let digits = Array("0123456789abcdef")
        return "#" + [red, green, blue].map { "\(digits[Int($0 >> 4)])\(digits[Int($0 & 15)])" }.joined()
    }
}
