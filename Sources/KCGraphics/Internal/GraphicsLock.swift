import Foundation

/// One lock for every call into fontconfig, Pango and Cairo: fontconfig's and Pango's
/// font machinery is not safe to use from several threads at once, and the build renders
/// reports concurrently. Recursive, so a locked step may call another.
enum GraphicsLock {
    private static let lock = NSRecursiveLock()

    static func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
