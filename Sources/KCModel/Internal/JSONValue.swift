import Foundation

/// One value of a parsed document, with what model types read from it. Errors are the
/// `DecodingError`s JSONDecoder throws, with the coding path of the value.
struct JSONValue {
    let document: JSONDocument
    let index: Int

    var node: JSONNode { document.nodes[index] }
    var isNull: Bool { node.kind == .null }

    func object() throws -> JSONObject {
        guard node.kind == .object else { throw mismatch([String: Any].self) }
        return JSONObject(document: document, index: index)
    }

    func array<Element>(_ readElement: (JSONValue) throws -> Element) throws -> [Element] {
        let node = self.node
        guard node.kind == .array else { throw mismatch([Any].self) }
        var elements: [Element] = []
        elements.reserveCapacity(node.count)
        var element = index + 1
        while element < Int(node.next) {
            elements.append(try readElement(JSONValue(document: document, index: element)))
            element = Int(document.nodes[element].next)
        }
        return elements
    }

    func string() throws -> String {
        guard node.kind == .string else { throw mismatch(String.self) }
        return document.string(at: index)
    }

    /// `read` over the bytes of a string without escapes; nil for any other value.
    func withPlainString<T>(_ read: (UnsafeBufferPointer<UInt8>) -> T?) -> T? {
        let node = self.node
        guard node.kind == .string, node.isPlain else { return nil }
        return document.withBytes(of: node, read)
    }

    func bool() throws -> Bool {
        switch node.kind {
        case .true: return true
        case .false: return false
        default: throw mismatch(Bool.self)
        }
    }

    func int() throws -> Int {
        let node = self.node
        guard node.kind == .number else { throw mismatch(Int.self) }
        let parsed = document.withBytes(of: node) { NumberLiteral.int($0, isInteger: node.isPlain) }
        guard let parsed else { throw doesNotFit(Int.self) }
        return parsed
    }

    func decimal() throws -> Decimal {
        let node = self.node
        guard node.kind == .number else { throw mismatch(Decimal.self) }
        let parsed = document.withBytes(of: node, NumberLiteral.decimal)
        guard let parsed else { throw doesNotFit(Decimal.self) }
        return parsed
    }

    /// A string enum by its raw value, as the synthesized `Decodable` reads it.
    func rawValue<T: RawRepresentable>(_ type: T.Type) throws -> T where T.RawValue == String {
        let raw = try string()
        guard let value = T(rawValue: raw) else {
            throw dataCorrupted("Cannot initialize \(T.self) from invalid String value \(raw)")
        }
        return value
    }

    // MARK: Errors

    var codingPath: [any CodingKey] { document.codingPath(to: index) }

    func dataCorrupted(_ description: String) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: description))
    }

    /// The value is not of the type asked for: `valueNotFound` for null, else `typeMismatch`.
    func mismatch(_ type: Any.Type) -> DecodingError {
        let kind = node.kind
        if kind == .null {
            return .valueNotFound(type, DecodingError.Context(
                codingPath: codingPath, debugDescription: "Cannot get value of type \(type) -- found null value instead"))
        }
        return .typeMismatch(type, DecodingError.Context(
            codingPath: codingPath, debugDescription: "Expected to decode \(type) but found \(kind.article) instead."))
    }

    private func doesNotFit(_ type: Any.Type) -> DecodingError {
        dataCorrupted("Parsed JSON number <\(document.literal(at: index))> does not fit in \(type).")
    }
}

/// An object of a parsed document, read by key.
struct JSONObject {
    let document: JSONDocument
    let index: Int

    /// The value of a required key: absent is `keyNotFound`, null is `valueNotFound`.
    func decode<T: JSONDecodable>(_ key: StaticString, as type: T.Type = T.self) throws -> T {
        guard let value = member(key) else {
            throw DecodingError.keyNotFound(JSONCodingKey(stringValue: key.description), DecodingError.Context(
                codingPath: document.codingPath(to: index), debugDescription: "No value associated with key \"\(key)\"."))
        }
        return try T(json: value)
    }

    /// The value of an optional key: absent or null is nil.
    func decodeIfPresent<T: JSONDecodable>(_ key: StaticString, as type: T.Type = T.self) throws -> T? {
        guard let value = member(key), !value.isNull else { return nil }
        return try T(json: value)
    }

    /// The value of `key`; the first one when a key repeats, as JSONDecoder takes.
    func member(_ key: StaticString) -> JSONValue? {
        document.firstKey(key, in: index).map { JSONValue(document: document, index: $0 + 1) }
    }
}

extension JSONNode.Kind {
    /// How JSONDecoder names a kind of value in a type mismatch ("found a string instead").
    var article: String {
        switch self {
        case .object: return "a dictionary"
        case .array: return "an array"
        case .string: return "a string"
        case .number: return "number"
        case .true, .false: return "bool"
        case .null: return "null"
        }
    }
}
