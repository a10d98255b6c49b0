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

    /// `#rrggbb` (or `#rgb`) to a colour; black for text that is not a colour.
    public init(hex: String, role: String = "") {
        var digits = Array(hex.hasPrefix("#") ? hex.dropFirst() : Substring(hex))
        if digits.count == 3 { digits = digits.flatMap { [$0, $0] } }
        func channel(_ index: Int) -> UInt8 {
            guard digits.count == 6 else { return 0 }
            return UInt8(String(digits[index * 2...index * 2 + 1]), radix: 16) ?? 0
        }
        self.init(red: channel(0), green: channel(1), blue: channel(2), role: role)
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
