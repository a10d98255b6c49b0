import Foundation

/// The lock of one font library: every call into that library's Pango objects — its font
/// map, its context, the layouts it made and keeps — and every drawing with them is made
/// with it held, because Pango objects may be used from several threads but never from two
/// at once. Libraries are independent (each has its own fontconfig configuration, font map
/// and context), so two libraries draw at the same time on two threads, unless the
/// `DrawingGate` has made the process serial. Recursive: a locked step may release a
/// layout, whose `deinit` takes the lock again.
final class LibraryLock: @unchecked Sendable {
    private let lock = NSRecursiveLock()
    /// How deep the holding thread is in `withLock`, and how its outermost call entered the gate.
    private var depth = 0
    private var entry = DrawingGate.Entry.parallel

    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        if depth == 0 { entry = DrawingGate.enter() }
        depth += 1
        defer {
            depth -= 1
            if depth == 0 { DrawingGate.leave(entry) }
            lock.unlock()
        }
        return try body()
    }

    /// For releasing the library's objects: the lock without the gate, since a release
    /// never opens or closes a FreeType face (`CairoFaces` keeps every face's font alive).
    func releasing(_ body: () -> Void) {
        lock.lock()
        defer { lock.unlock() }
        body()
    }
}
