import Foundation

/// The lock of one font library: every call into that library's Pango objects — its font
/// map, its context, the layouts it made and keeps — every drawing with them, and every
/// release of one is made with it held, because Pango objects may be used from several
/// threads but never from two at once. Libraries are independent (each has its own
/// fontconfig configuration, font map and context), so two libraries draw at the same time
/// on two threads, unless the `DrawingGate` has made the process serial. The gate is
/// entered first, so it is always the outer lock. Recursive: a locked step may release a
/// layout, whose `deinit` takes the lock again.
final class LibraryLock: @unchecked Sendable {
    private let lock = NSRecursiveLock()

    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        let entry = DrawingGate.enter()
        defer { DrawingGate.leave(entry) }
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
