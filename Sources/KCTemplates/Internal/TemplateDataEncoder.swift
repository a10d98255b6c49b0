/// Encodes a view straight into template data through `DataBuilder`s, as `JSONEncoder`
/// would encode it but without the text: a nil optional is left out (or null), numbers
/// become doubles as a JSON round trip reads them back, non-finite numbers are refused
/// as JSON refuses them. Foundation types that `JSONEncoder` writes its own way (`Data`,
/// `URL`, `Decimal`) are encoded through their own conformances here; views hold none.
struct TemplateDataEncoder: Encoder {
    let builder: DataBuilder
    var codingPath: [CodingKey] { builder.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The template data of `value`; like `JSONEncoder`, refuses a value that encodes nothing.
    static func encode<T: Encodable>(_ value: T, shape: DataShape, escape: @escaping (String) -> String) throws -> TemplateValue {
        let root = DataBuilder(shape: shape, key: nil, escape: escape)
        try value.encode(to: TemplateDataEncoder(builder: root))
        guard !root.isEmpty else {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: [], debugDescription: "Top-level \(T.self) did not encode any values."))
        }
        return root.result()
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        builder.beginObject()
        return KeyedEncodingContainer(KeyedDataContainer<Key>(builder: builder))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        builder.beginList()
        return UnkeyedDataContainer(builder: builder)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        SingleDataContainer(builder: builder)
    }
}

/// How every container turns a number into what a JSON round trip gives back.
enum JSONNumber {
    static func value<T: BinaryInteger>(_ integer: T) -> Double { Double(integer) }

    static func value(_ double: Double, at builder: DataBuilder) throws -> Double {
        guard double.isFinite else { throw refused(double, at: builder) }
        return double
    }

    /// JSON writes a `Float` in its shortest decimal form, which reads back as that decimal.
    static func value(_ float: Float, at builder: DataBuilder) throws -> Double {
        guard float.isFinite else { throw refused(float, at: builder) }
        return Double("\(float)") ?? Double(float)
    }

    private static func refused(_ number: Any, at builder: DataBuilder) -> EncodingError {
        EncodingError.invalidValue(number, EncodingError.Context(codingPath: builder.codingPath, debugDescription: "Unable to encode \(number) directly in JSON."))
    }
}
