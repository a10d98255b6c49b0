/// The unit of a fact: an ISO 4217 currency code (`CNY`), `shares`, a per-share
/// currency (`CNY/share`) or `pure` for ratios.
public struct Unit: RawRepresentable, Hashable, Codable, Sendable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let shares = Unit(rawValue: "shares")
    public static let pure = Unit(rawValue: "pure")
    public static func currency(_ code: String) -> Unit { Unit(rawValue: code) }
    public static func perShare(_ code: String) -> Unit { Unit(rawValue: "\(code)/share") }

    /// The currency code of a monetary or per-share unit; nil for shares and pure.
    public var currencyCode: String? {
        if self == .shares || self == .pure { return nil }
        if rawValue.hasSuffix("/share") { return String(rawValue.dropLast("/share".count)) }
        return rawValue
    }

    public var isPerShare: Bool { rawValue.hasSuffix("/share") }
    public var description: String { rawValue }

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}
