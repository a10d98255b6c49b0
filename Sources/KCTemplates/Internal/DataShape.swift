/// A view type's schema readied for building template data: for an object, the shape of
/// each key and the object as it starts, every key `false` (so that a nil optional, which
/// the encoding leaves out, still hides an outer key of the same name).
final class DataShape: Sendable {
    enum Kind { case value, object, list }

    let kind: Kind
    let fields: [String: DataShape]
    let element: DataShape?
    let blank: [String: TemplateValue]

    init(_ schema: ViewSchema) {
        switch schema {
        case .value:
            kind = .value
            fields = [:]
            element = nil
        case .object(let keys):
            kind = .object
            fields = keys.mapValues(DataShape.init)
            element = nil
        case .list(let item):
            kind = .list
            fields = [:]
            element = DataShape(item)
        }
        blank = fields.mapValues { _ in .flag(false) }
    }

    /// Where a value outside the schema is encoded (so that its errors still surface) and then dropped.
    static let outside = DataShape(.value)

    /// The shape of `type`, made once per type.
    static func of<T: Decodable>(_ type: T.Type) -> DataShape {
        cache.value(for: type) { DataShape(ViewSchema.of(type)) }
    }

    private static let cache = PerTypeCache<DataShape>()
}
