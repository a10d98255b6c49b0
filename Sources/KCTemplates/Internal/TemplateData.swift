import Foundation

/// A view turned into what swift-mustache renders: dictionaries, arrays, strings and
/// booleans. Every key of the schema is present, so a nil optional is `false` here and
/// never lets a lookup climb to an outer context's key of the same name.
enum TemplateData {
    /// A JSON value, read back from the view's encoding.
    indirect enum Value: Decodable {
        case string(String), bool(Bool), number(Double), list([Value]), object([String: Value]), null

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null }
            else if let bool = try? container.decode(Bool.self) { self = .bool(bool) }
            else if let string = try? container.decode(String.self) { self = .string(string) }
            else if let number = try? container.decode(Double.self) { self = .number(number) }
            else if let list = try? container.decode([Value].self) { self = .list(list) }
            else { self = .object(try container.decode([String: Value].self)) }
        }
    }

    static func make<T: Encodable>(_ view: T, schema: ViewSchema, escape: (String) -> String) throws -> Any {
        let data = try JSONEncoder().encode(view)
        let value = try JSONDecoder().decode(Value.self, from: data)
        return convert(value, schema: schema, key: nil, escape: escape)
    }

    static func convert(_ value: Value, schema: ViewSchema, key: String?, escape: (String) -> String) -> Any {
        switch (value, schema) {
        case (.object(let fields), .object(let keys)):
            var result: [String: Any] = [:]
            for (name, child) in keys {
                result[name] = fields[name].map { convert($0, schema: child, key: name, escape: escape) } ?? false
            }
            return result
        case (.list(let items), .list(let element)):
            return items.map { convert($0, schema: element, key: nil, escape: escape) }
        case (.string(let text), _):
            return key == "svg" ? text : escape(text)
        case (.bool(let flag), _):
            return flag
        case (.number(let number), _):
            return escape("\(number)")
        default:
            return false
        }
    }
}
