/// One value of the template data, built as the view's encoding writes it and shaped by
/// its `DataShape` on the way, to what a JSON round trip of the view shaped by the schema
/// gives: a string escaped (unless it sits under the key `svg`), a flag as it is, a number
/// as JSON prints it back, escaped; a nil optional `false`; an object with exactly its
/// shape's keys; a list item by item. An object or a list where the shape has something
/// else is `false`; a string, flag or number stays whatever the shape says.
final class DataBuilder {
    private enum Kind { case nothing, scalar, object, list }

    let shape: DataShape
    /// The key this value sits under in its object; nil for a list item or the top.
    let key: String?
    let escape: (String) -> String
    /// For the coding path: the value this one is in, and its position in a list.
    let parent: DataBuilder?
    let index: Int?

    private var kind = Kind.nothing
    private var scalar = TemplateValue.flag(false)
    private var fields: [String: TemplateValue] = [:]
    private var items: [TemplateValue] = []
    /// Nested containers handed out, filled by the caller after they were returned.
    private var pendingFields: [String: DataBuilder] = [:]
    private var pendingItems: [(index: Int, builder: DataBuilder)] = []

    init(shape: DataShape, key: String?, escape: @escaping (String) -> String, parent: DataBuilder? = nil, index: Int? = nil) {
        self.shape = shape
        self.key = key
        self.escape = escape
        self.parent = parent
        self.index = index
    }

    // MARK: A scalar

    func set(_ text: String) { setScalar(.text(key == "svg" ? text : escape(text))) }
    func set(_ flag: Bool) { setScalar(.flag(flag)) }
    func set(_ number: Double) { setScalar(.text(escape("\(number)"))) }
    func setNull() { setScalar(.flag(false)) }

    private func setScalar(_ value: TemplateValue) {
        kind = .scalar
        scalar = value
    }

    // MARK: An object

    /// Makes this value an object, keeping what is already written (a second keyed container writes into the same object).
    func beginObject() {
        guard kind != .object else { return }
        kind = .object
        fields = shape.blank
    }

    /// Writes a field; one the schema lacks is dropped. The last write of a key wins.
    func setField(_ name: String, _ value: TemplateValue) {
        // `fields` starts with exactly the schema's keys, so one lookup both checks the key and finds its slot.
        guard let slot = fields.index(forKey: name) else { return }
        fields.values[slot] = value
        if !pendingFields.isEmpty { pendingFields[name] = nil }
    }

    func fieldBuilder(_ name: String) -> DataBuilder {
        DataBuilder(shape: shape.fields[name] ?? .outside, key: name, escape: escape, parent: self)
    }

    /// A builder for field `name` that a nested container fills later; read when this object is
    /// (unless the schema lacks the key: then it is filled and dropped).
    func pendingField(_ name: String) -> DataBuilder {
        let builder = fieldBuilder(name)
        if shape.kind == .object, shape.fields[name] != nil { pendingFields[name] = builder }
        return builder
    }

    // MARK: A list

    func beginList() {
        guard kind != .list else { return }
        kind = .list
        items = []
    }

    var itemCount: Int { items.count }
    var itemShape: DataShape { shape.element ?? .outside }

    func append(_ value: TemplateValue) { items.append(value) }

    func itemBuilder() -> DataBuilder {
        DataBuilder(shape: itemShape, key: nil, escape: escape, parent: self, index: items.count)
    }

    /// A builder for the next item that a nested container fills later; read when this list is.
    func pendingItem() -> DataBuilder {
        let builder = itemBuilder()
        pendingItems.append((items.count, builder))
        items.append(.flag(false))
        return builder
    }

    // MARK: The result

    /// Whether anything was written; a top-level value must write something.
    var isEmpty: Bool { kind == .nothing }

    /// The value built, once the encoding that writes it has returned.
    func result() -> TemplateValue {
        switch kind {
        case .nothing:
            // A nested value that wrote nothing is an empty object, as JSONEncoder writes it.
            return shape.kind == .object ? .object(shape.blank) : .flag(false)
        case .scalar:
            return scalar
        case .object:
            guard shape.kind == .object else { return .flag(false) }
            for (name, builder) in pendingFields { fields[name] = builder.result() }
            pendingFields = [:]
            return .object(fields)
        case .list:
            guard shape.kind == .list else { return .flag(false) }
            for pending in pendingItems { items[pending.index] = pending.builder.result() }
            pendingItems = []
            return .list(items)
        }
    }

    // MARK: Where it is

    var codingPath: [CodingKey] {
        var path: [CodingKey] = []
        var builder: DataBuilder? = self
        while let current = builder, current.parent != nil {
            if let index = current.index { path.append(PathKey(intValue: index)) } else if let key = current.key { path.append(PathKey(stringValue: key)) }
            builder = current.parent
        }
        return path.reversed()
    }
}

/// A coding key for a list position or a named key, as the coding path records it.
struct PathKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) { self.stringValue = "Index \(intValue)"; self.intValue = intValue }
}
