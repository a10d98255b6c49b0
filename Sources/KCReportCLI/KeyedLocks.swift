import Foundation

/// One lock per key, made on first use: work on one key (a file, a source) runs on one
/// thread at a time, and the others wait for its result, while other keys go ahead.
final class KeyedLocks: @unchecked Sendable {
    private let lock = NSLock()
    private var locks: [String: NSLock] = [:]

    func withLock<T>(_ key: String, _ body: () throws -> T) rethrows -> T {
        let keyLock = lock.withLock {
            if let existing = locks[key] { return existing }
            let made = NSLock()
            locks[key] = made
            return made
        }
        return try keyLock.withLock(body)
    }
}
