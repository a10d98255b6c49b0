/// The shape of a view type, as templates see it: which keys exist, and whether each
/// is a value, an object or a list. Derived from the type's `Decodable` conformance,
/// so a key that exists only in an empty list or a nil optional is still known.
indirect enum ViewSchema: Equatable, Sendable {
    case value
    case object([String: ViewSchema])
    case list(ViewSchema)

    /// The schema of `type`, found once per type by decoding a specimen that records every
    /// key asked for; later calls reuse it, as renders and checks ask for it again and again.
    static func of<T: Decodable>(_ type: T.Type) -> ViewSchema {
        cache.value(for: type) {
            let root = SchemaNode()
            _ = try? T(from: SchemaDecoder(node: root))
            return root.schema
        }
    }

    private static let cache = PerTypeCache<ViewSchema>()

    var keys: [String: ViewSchema]? {
        if case .object(let keys) = self { return keys }
        return nil
    }
}

/// What the schema decoder learned about one value while decoding it.
final class SchemaNode {
    enum Kind { case unknown, value, object, list }
    var kind: Kind = .unknown
    var children: [String: SchemaNode] = [:]
    var element: SchemaNode?

    func child(_ key: String) -> SchemaNode {
        kind = .object
        if let existing = children[key] { return existing }
        let node = SchemaNode()
        children[key] = node
        return node
    }

    var schema: ViewSchema {
        switch kind {
        case .unknown, .value: return .value
        case .object: return .object(children.mapValues(\.schema))
        case .list: return .list(element?.schema ?? .value)
        }
    }
}
