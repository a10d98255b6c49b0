import Foundation
import KCScene

/// The shared font libraries of one fonts folder and family, each lent to one report at a
/// time (`FontLibrary.withShared`): at most one per core, made only when every library is
/// lent, so a one-report build makes one and a batch draws on every core.
final class FontPool: @unchecked Sendable {
    let folder: String
    let family: String
    /// The folder as it was when the pool was made; a changed folder gets a new pool.
    let stamp: FolderStamp
    /// How many libraries the pool may make.
    let limit: Int

    /// Guards the counts and the idle list below; waiters wait on it.
    private let condition = NSCondition()
    /// Libraries made and not lent.
    private var idle: [FontLibrary] = []
    /// Libraries made or being made.
    private var made = 0
    /// Libraries a warm-up is making and preparing, to be lent when it is done.
    private var warming = 0
    /// Reports waiting for a warming library instead of making one of their own.
    private var claims = 0

    init(folder: String, family: String, stamp: FolderStamp, limit: Int) {
        self.folder = folder
        self.family = family
        self.stamp = stamp
        self.limit = max(1, limit)
    }

    /// The pool of `folder` and `family`, made again when a font file of the folder is
    /// added, removed or changed (a pool replaced lives on while its libraries are lent).
    static func of(folder: String, family: String) -> FontPool {
        let stamp = FolderStamp(folder: folder)
        let key = "\(family)\n\(folder)"
        return registryLock.withLock {
            if let known = pools[key], known.stamp == stamp { return known }
            let pool = FontPool(folder: folder, family: family, stamp: stamp, limit: ProcessInfo.processInfo.activeProcessorCount)
            pools[key] = pool
            return pool
        }
    }

    private static let registryLock = NSLock()
    /// Under `registryLock`.
    nonisolated(unsafe) private static var pools: [String: FontPool] = [:]

    /// Lends a library to `body`, and takes it back after.
    func withLibrary<T>(_ body: (FontLibrary) throws -> T) throws -> T {
        let library = try checkOut()
        defer { checkIn(library) }
        return try body(library)
    }

    /// How many libraries the pool has made (or is making); for the tests.
    var count: Int { condition.withLock { made } }

    /// Libraries warming up, and reports waiting for them; for the tests.
    var warmingAndClaims: (warming: Int, claims: Int) { condition.withLock { (warming, claims) } }

    /// An idle library; else the one a warm-up is preparing, if no other report waits for
    /// it; else a new one while fewer than `limit` exist; else the first one given back.
    private func checkOut() throws -> FontLibrary {
        condition.lock()
        var claimed = false
        while true {
            if let library = idle.popLast() {
                if claimed { claims -= 1 }
                condition.unlock()
                return library
            }
            if !claimed, claims < warming {
                claims += 1
                claimed = true
            } else if claimed, claims > warming {
                // The warm-up failed, or its library went to another report: look again.
                claims -= 1
                claimed = false
                continue
            }
            // Serial drawing (see DrawingGate) gains nothing from a second library.
            if !claimed, made < (DrawingGate.isSerial ? 1 : limit) {
                made += 1
                condition.unlock()
                do {
                    return try FontLibrary(folder: folder, family: family)
                } catch {
                    condition.withLock {
                        made -= 1
                        condition.broadcast()
                    }
                    throw error
                }
            }
            condition.wait()
        }
    }

    private func checkIn(_ library: FontLibrary) {
        condition.withLock {
            idle.append(library)
            condition.broadcast()
        }
    }

    /// Makes the pool's first library and loads `styles` into it, unless a report already
    /// made one; reports that ask meanwhile wait for it (one each) rather than make more.
    func warmUp(_ styles: [TextStyle]) throws {
        let started = condition.withLock {
            guard made == 0 else { return false }
            made += 1
            warming += 1
            return true
        }
        guard started else { return }
        var library: FontLibrary?
        defer {
            condition.withLock {
                warming -= 1
                if let library { idle.append(library) } else { made -= 1 }
                condition.broadcast()
            }
        }
        let fresh = try FontLibrary(folder: folder, family: family)
        fresh.prepare(styles)
        library = fresh
    }
}
