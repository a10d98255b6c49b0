/// A dictionary that forgets everything once it holds `limit` entries: a long batch of
/// reports with different text keeps its memory flat, while one report's runs (measured,
/// then drawn) always hit.
struct BoundedCache<Key: Hashable, Value> {
    let limit: Int
    private var entries: [Key: Value] = [:]

    init(limit: Int) {
        self.limit = limit
    }

    subscript(key: Key) -> Value? {
        get { entries[key] }
        set {
            if newValue != nil, entries[key] == nil, entries.count >= limit { entries.removeAll(keepingCapacity: true) }
            entries[key] = newValue
        }
    }
}
