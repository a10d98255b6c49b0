import Foundation

/// A type read straight from a parsed JSON document, the way its `Decodable`
/// conformance reads it through JSONDecoder: same values, same errors.
protocol JSONDecodable {
    init(json: JSONValue) throws
}

extension String: JSONDecodable {
    init(json: JSONValue) throws { self = try json.string() }
}

extension Int: JSONDecodable {
    init(json: JSONValue) throws { self = try json.int() }
}

extension Bool: JSONDecodable {
    init(json: JSONValue) throws { self = try json.bool() }
}

extension Decimal: JSONDecodable {
    init(json: JSONValue) throws { self = try json.decimal() }
}

extension Array: JSONDecodable where Element: JSONDecodable {
    init(json: JSONValue) throws { self = try json.array { try Element(json: $0) } }
}

/// For elements that may be null (`[Cell?]`); optional keys use `decodeIfPresent`.
extension Optional: JSONDecodable where Wrapped: JSONDecodable {
    init(json: JSONValue) throws { self = json.isNull ? nil : try Wrapped(json: json) }
}

/// Enums written as their raw value, read as the synthesized `Decodable` reads them.
protocol JSONRawValueDecodable: JSONDecodable, RawRepresentable where RawValue == String {}

extension JSONRawValueDecodable {
    init(json: JSONValue) throws { self = try json.rawValue(Self.self) }
}
