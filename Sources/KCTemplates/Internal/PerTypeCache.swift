import Foundation

/// Something derived from a type once per process and then reused: a type's shape never
/// changes, and deriving it (decoding a specimen) costs more than a render.
final class PerTypeCache<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [ObjectIdentifier: Value] = [:]

    func value(for type: Any.Type, derive: () -> Value) -> Value {
        let id = ObjectIdentifier(type)
        if let known = lock.withLock({ values[id] }) { return known }
        let value = derive()
        lock.withLock { values[id] = value }
        return value
    }
}
