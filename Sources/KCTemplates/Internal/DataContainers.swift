// The containers `TemplateDataEncoder` hands out: each writes into a `DataBuilder`.

struct KeyedDataContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let builder: DataBuilder
    var codingPath: [CodingKey] { builder.codingPath }

    /// Builds a field's value at its place (its key, its shape, its coding path), then writes it.
    private func set(_ key: Key, _ write: (DataBuilder) throws -> Void) rethrows {
        let field = builder.fieldBuilder(key.stringValue)
        try write(field)
        builder.setField(key.stringValue, field.result())
    }

    mutating func encodeNil(forKey key: Key) { builder.setField(key.stringValue, .flag(false)) }
    mutating func encode(_ value: Bool, forKey key: Key) { builder.setField(key.stringValue, .flag(value)) }
    mutating func encode(_ value: String, forKey key: Key) {
        let name = key.stringValue
        builder.setField(name, .text(name == "svg" ? value : builder.escape(value)))
    }
    mutating func encode(_ value: Double, forKey key: Key) throws { try set(key) { $0.set(try JSONNumber.value(value, at: $0)) } }
    mutating func encode(_ value: Float, forKey key: Key) throws { try set(key) { $0.set(try JSONNumber.value(value, at: $0)) } }
    mutating func encode(_ value: Int, forKey key: Key) { set(key) { $0.set(JSONNumber.value(value)) } }
    mutating func encode(_ value: Int8, forKey key: Key) { set(key) { $0.set(JSONNumber.value(value)) } }
    mutating func encode(_ value: Int16, forKey key: Key) { set(key) { $0.set(JSONNumber.value(value)) } }
    mutating func encode(_ value: Int32, forKey key: Key) { set(key) { $0.set(JSONNumber.value(value)) } }
    mutating func encode(_ value: Int64, forKey key: Key) { set(key) { $0.set(JSONNumber.value(value)) } }
    mutating func encode(_ value: UInt, forKey key: Key) { set(key) { $0.set(JSONNumber.value(value)) } }
    mutating func encode(_ value: UInt8, forKey key: Key) { set(key) { $0.set(JSONNumber.value(value)) } }
    mutating func encode(_ value: UInt16, forKey key: Key) { set(key) { $0.set(JSONNumber.value(value)) } }
    mutating func encode(_ value: UInt32, forKey key: Key) { set(key) { $0.set(JSONNumber.value(value)) } }
    mutating func encode(_ value: UInt64, forKey key: Key) { set(key) { $0.set(JSONNumber.value(value)) } }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try set(key) { try value.encode(to: TemplateDataEncoder(builder: $0)) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        TemplateDataEncoder(builder: builder.pendingField(key.stringValue)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        TemplateDataEncoder(builder: builder.pendingField(key.stringValue)).unkeyedContainer()
    }

    /// As `JSONEncoder`: the superclass's values go under the key "super".
    mutating func superEncoder() -> Encoder { TemplateDataEncoder(builder: builder.pendingField("super")) }
    mutating func superEncoder(forKey key: Key) -> Encoder { TemplateDataEncoder(builder: builder.pendingField(key.stringValue)) }
}

struct UnkeyedDataContainer: UnkeyedEncodingContainer {
    let builder: DataBuilder
    var codingPath: [CodingKey] { builder.codingPath }
    var count: Int { builder.itemCount }

    private func append(_ write: (DataBuilder) throws -> Void) rethrows {
        let item = builder.itemBuilder()
        try write(item)
        builder.append(item.result())
    }

    mutating func encodeNil() { builder.append(.flag(false)) }
    mutating func encode(_ value: Bool) { builder.append(.flag(value)) }
    mutating func encode(_ value: String) { builder.append(.text(builder.escape(value))) }
    mutating func encode(_ value: Double) throws { try append { $0.set(try JSONNumber.value(value, at: $0)) } }
    mutating func encode(_ value: Float) throws { try append { $0.set(try JSONNumber.value(value, at: $0)) } }
    mutating func encode(_ value: Int) { append { $0.set(JSONNumber.value(value)) } }
    mutating func encode(_ value: Int8) { append { $0.set(JSONNumber.value(value)) } }
    mutating func encode(_ value: Int16) { append { $0.set(JSONNumber.value(value)) } }
    mutating func encode(_ value: Int32) { append { $0.set(JSONNumber.value(value)) } }
    mutating func encode(_ value: Int64) { append { $0.set(JSONNumber.value(value)) } }
    mutating func encode(_ value: UInt) { append { $0.set(JSONNumber.value(value)) } }
    mutating func encode(_ value: UInt8) { append { $0.set(JSONNumber.value(value)) } }
    mutating func encode(_ value: UInt16) { append { $0.set(JSONNumber.value(value)) } }
    mutating func encode(_ value: UInt32) { append { $0.set(JSONNumber.value(value)) } }
    mutating func encode(_ value: UInt64) { append { $0.set(JSONNumber.value(value)) } }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try append { try value.encode(to: TemplateDataEncoder(builder: $0)) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        TemplateDataEncoder(builder: builder.pendingItem()).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        TemplateDataEncoder(builder: builder.pendingItem()).unkeyedContainer()
    }

    mutating func superEncoder() -> Encoder { TemplateDataEncoder(builder: builder.pendingItem()) }
}

struct SingleDataContainer: SingleValueEncodingContainer {
    let builder: DataBuilder
    var codingPath: [CodingKey] { builder.codingPath }

    mutating func encodeNil() { builder.setNull() }
    mutating func encode(_ value: Bool) { builder.set(value) }
    mutating func encode(_ value: String) { builder.set(value) }
    mutating func encode(_ value: Double) throws { builder.set(try JSONNumber.value(value, at: builder)) }
    mutating func encode(_ value: Float) throws { builder.set(try JSONNumber.value(value, at: builder)) }
    mutating func encode(_ value: Int) { builder.set(JSONNumber.value(value)) }
    mutating func encode(_ value: Int8) { builder.set(JSONNumber.value(value)) }
    mutating func encode(_ value: Int16) { builder.set(JSONNumber.value(value)) }
    mutating func encode(_ value: Int32) { builder.set(JSONNumber.value(value)) }
    mutating func encode(_ value: Int64) { builder.set(JSONNumber.value(value)) }
    mutating func encode(_ value: UInt) { builder.set(JSONNumber.value(value)) }
    mutating func encode(_ value: UInt8) { builder.set(JSONNumber.value(value)) }
    mutating func encode(_ value: UInt16) { builder.set(JSONNumber.value(value)) }
    mutating func encode(_ value: UInt32) { builder.set(JSONNumber.value(value)) }
    mutating func encode(_ value: UInt64) { builder.set(JSONNumber.value(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { try value.encode(to: TemplateDataEncoder(builder: builder)) }
}
