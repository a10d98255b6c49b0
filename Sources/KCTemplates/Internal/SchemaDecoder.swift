/// A decoder that answers every question with a placeholder (an empty string, `false`,
/// zero, one element per list, present optionals) and records the keys it was asked
/// for, so that `ViewSchema` can learn a type's shape without an instance.
struct SchemaDecoder: Decoder {
    let node: SchemaNode
    var codingPath: [CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        node.kind = .object
        return KeyedDecodingContainer(KeyedSchemaContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        node.kind = .list
        let element = node.element ?? SchemaNode()
        node.element = element
        return UnkeyedSchemaContainer(element: element, codingPath: codingPath)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer {
        if node.kind == .unknown { node.kind = .value }
        return SingleSchemaContainer(codingPath: codingPath)
    }
}

/// A placeholder for any value a specimen needs.
enum SchemaPlaceholder {
    static func value<T: Decodable>(_ type: T.Type, node: SchemaNode, codingPath: [CodingKey]) throws -> T {
        switch type {
        case is String.Type: node.kind = .value; return try cast("", type)
        case is Bool.Type: node.kind = .value; return try cast(false, type)
        case is Int.Type: node.kind = .value; return try cast(0, type)
        case is Double.Type: node.kind = .value; return try cast(0.0, type)
        case is Float.Type: node.kind = .value; return try cast(Float(0), type)
        case is Int8.Type, is Int16.Type, is Int32.Type, is Int64.Type, is UInt.Type, is UInt8.Type, is UInt16.Type, is UInt32.Type, is UInt64.Type:
            node.kind = .value
            return try T(from: NumberDecoder())
        default: return try T(from: SchemaDecoder(node: node, codingPath: codingPath))
        }
    }

    static func cast<T>(_ value: Any, _ type: T.Type) throws -> T {
        guard let typed = value as? T else {
            throw DecodingError.typeMismatch(type, DecodingError.Context(codingPath: [], debugDescription: "schema placeholder"))
        }
        return typed
    }
}

struct KeyedSchemaContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let node: SchemaNode
    var codingPath: [CodingKey]
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) throws -> Bool { false }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try SchemaPlaceholder.value(type, node: node.child(key.stringValue), codingPath: codingPath + [key])
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try SchemaPlaceholder.value(type, node: node.child(key.stringValue), codingPath: codingPath + [key]) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try SchemaPlaceholder.value(type, node: node.child(key.stringValue), codingPath: codingPath + [key]) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try SchemaPlaceholder.value(type, node: node.child(key.stringValue), codingPath: codingPath + [key]) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try SchemaPlaceholder.value(type, node: node.child(key.stringValue), codingPath: codingPath + [key]) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try SchemaPlaceholder.value(type, node: node.child(key.stringValue), codingPath: codingPath + [key]) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try SchemaPlaceholder.value(type, node: node.child(key.stringValue), codingPath: codingPath + [key]) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try SchemaPlaceholder.value(type, node: node.child(key.stringValue), codingPath: codingPath + [key]) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try SchemaPlaceholder.value(type, node: node.child(key.stringValue), codingPath: codingPath + [key]) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try SchemaPlaceholder.value(type, node: node.child(key.stringValue), codingPath: codingPath + [key]) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try SchemaPlaceholder.value(type, node: node.child(key.stringValue), codingPath: codingPath + [key]) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try SchemaPlaceholder.value(type, node: node.child(key.stringValue), codingPath: codingPath + [key]) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try SchemaPlaceholder.value(type, node: node.child(key.stringValue), codingPath: codingPath + [key]) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try SchemaPlaceholder.value(type, node: node.child(key.stringValue), codingPath: codingPath + [key]) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try SchemaPlaceholder.value(type, node: node.child(key.stringValue), codingPath: codingPath + [key]) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try SchemaDecoder(node: node.child(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try SchemaDecoder(node: node.child(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder { SchemaDecoder(node: node, codingPath: codingPath) }
    func superDecoder(forKey key: Key) throws -> Decoder { SchemaDecoder(node: node.child(key.stringValue), codingPath: codingPath + [key]) }
}

struct UnkeyedSchemaContainer: UnkeyedDecodingContainer {
    let element: SchemaNode
    var codingPath: [CodingKey]
    var count: Int? { 1 }
    var currentIndex = 0
    var isAtEnd: Bool { currentIndex >= 1 }

    init(element: SchemaNode, codingPath: [CodingKey]) {
        self.element = element
        self.codingPath = codingPath
    }

    mutating func decodeNil() throws -> Bool { false }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        currentIndex += 1
        return try SchemaPlaceholder.value(type, node: element, codingPath: codingPath)
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { currentIndex += 1; return try SchemaPlaceholder.value(type, node: element, codingPath: codingPath) }
    mutating func decode(_ type: String.Type) throws -> String { currentIndex += 1; return try SchemaPlaceholder.value(type, node: element, codingPath: codingPath) }
    mutating func decode(_ type: Double.Type) throws -> Double { currentIndex += 1; return try SchemaPlaceholder.value(type, node: element, codingPath: codingPath) }
    mutating func decode(_ type: Float.Type) throws -> Float { currentIndex += 1; return try SchemaPlaceholder.value(type, node: element, codingPath: codingPath) }
    mutating func decode(_ type: Int.Type) throws -> Int { currentIndex += 1; return try SchemaPlaceholder.value(type, node: element, codingPath: codingPath) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { currentIndex += 1; return try SchemaPlaceholder.value(type, node: element, codingPath: codingPath) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { currentIndex += 1; return try SchemaPlaceholder.value(type, node: element, codingPath: codingPath) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { currentIndex += 1; return try SchemaPlaceholder.value(type, node: element, codingPath: codingPath) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { currentIndex += 1; return try SchemaPlaceholder.value(type, node: element, codingPath: codingPath) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { currentIndex += 1; return try SchemaPlaceholder.value(type, node: element, codingPath: codingPath) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { currentIndex += 1; return try SchemaPlaceholder.value(type, node: element, codingPath: codingPath) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { currentIndex += 1; return try SchemaPlaceholder.value(type, node: element, codingPath: codingPath) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { currentIndex += 1; return try SchemaPlaceholder.value(type, node: element, codingPath: codingPath) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { currentIndex += 1; return try SchemaPlaceholder.value(type, node: element, codingPath: codingPath) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        currentIndex += 1
        return try SchemaDecoder(node: element, codingPath: codingPath).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        currentIndex += 1
        return try SchemaDecoder(node: element, codingPath: codingPath).unkeyedContainer()
    }

    mutating func superDecoder() throws -> Decoder { SchemaDecoder(node: element, codingPath: codingPath) }
}

struct SingleSchemaContainer: SingleValueDecodingContainer {
    var codingPath: [CodingKey]
    func decodeNil() -> Bool { false }
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try SchemaPlaceholder.value(type, node: SchemaNode(), codingPath: codingPath)
    }
    func decode(_ type: Bool.Type) throws -> Bool { try SchemaPlaceholder.value(type, node: SchemaNode(), codingPath: codingPath) }
    func decode(_ type: String.Type) throws -> String { try SchemaPlaceholder.value(type, node: SchemaNode(), codingPath: codingPath) }
    func decode(_ type: Double.Type) throws -> Double { try SchemaPlaceholder.value(type, node: SchemaNode(), codingPath: codingPath) }
    func decode(_ type: Float.Type) throws -> Float { try SchemaPlaceholder.value(type, node: SchemaNode(), codingPath: codingPath) }
    func decode(_ type: Int.Type) throws -> Int { try SchemaPlaceholder.value(type, node: SchemaNode(), codingPath: codingPath) }
    func decode(_ type: Int8.Type) throws -> Int8 { try SchemaPlaceholder.value(type, node: SchemaNode(), codingPath: codingPath) }
    func decode(_ type: Int16.Type) throws -> Int16 { try SchemaPlaceholder.value(type, node: SchemaNode(), codingPath: codingPath) }
    func decode(_ type: Int32.Type) throws -> Int32 { try SchemaPlaceholder.value(type, node: SchemaNode(), codingPath: codingPath) }
    func decode(_ type: Int64.Type) throws -> Int64 { try SchemaPlaceholder.value(type, node: SchemaNode(), codingPath: codingPath) }
    func decode(_ type: UInt.Type) throws -> UInt { try SchemaPlaceholder.value(type, node: SchemaNode(), codingPath: codingPath) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try SchemaPlaceholder.value(type, node: SchemaNode(), codingPath: codingPath) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try SchemaPlaceholder.value(type, node: SchemaNode(), codingPath: codingPath) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try SchemaPlaceholder.value(type, node: SchemaNode(), codingPath: codingPath) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try SchemaPlaceholder.value(type, node: SchemaNode(), codingPath: codingPath) }
}

/// Decodes any fixed-width integer as zero, for schema placeholders.
struct NumberDecoder: Decoder, SingleValueDecodingContainer {
    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        throw DecodingError.typeMismatch(type, DecodingError.Context(codingPath: [], debugDescription: "a number"))
    }
    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Int].self, DecodingError.Context(codingPath: [], debugDescription: "a number"))
    }
    func singleValueContainer() throws -> SingleValueDecodingContainer { self }
    func decodeNil() -> Bool { false }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: self) }
    func decode(_ type: Bool.Type) throws -> Bool { false }
    func decode(_ type: String.Type) throws -> String { "" }
    func decode(_ type: Double.Type) throws -> Double { 0 }
    func decode(_ type: Float.Type) throws -> Float { 0 }
    func decode(_ type: Int.Type) throws -> Int { 0 }
    func decode(_ type: Int8.Type) throws -> Int8 { 0 }
    func decode(_ type: Int16.Type) throws -> Int16 { 0 }
    func decode(_ type: Int32.Type) throws -> Int32 { 0 }
    func decode(_ type: Int64.Type) throws -> Int64 { 0 }
    func decode(_ type: UInt.Type) throws -> UInt { 0 }
    func decode(_ type: UInt8.Type) throws -> UInt8 { 0 }
    func decode(_ type: UInt16.Type) throws -> UInt16 { 0 }
    func decode(_ type: UInt32.Type) throws -> UInt32 { 0 }
    func decode(_ type: UInt64.Type) throws -> UInt64 { 0 }
}
