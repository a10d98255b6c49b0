import Foundation

/// Whether font libraries may draw side by side, process-wide. They may while every font
/// face Cairo can be asked for is open and stays open (`CairoFaces`); once a process uses
/// more faces than Cairo keeps open, Cairo 1.16 opens and closes FreeType faces while
/// drawing, on its one FreeType library and outside its locks, so from then on every
/// library's work runs alone, as it did under the old process-wide lock.
/// Entered by `LibraryLock` once per outermost section; a parallel entry only counts.
enum DrawingGate {
    enum Entry { case parallel, serial }

    private static let condition = NSCondition()
    /// Held by the section running in serial mode.
    private static let serialLock = NSLock()
    /// Under `condition`.
    nonisolated(unsafe) private static var serial = false
    nonisolated(unsafe) private static var switching = false
    nonisolated(unsafe) private static var sections = 0

    static func enter() -> Entry {
        condition.lock()
        while switching { condition.wait() }
        guard !serial else {
            condition.unlock()
            serialLock.lock()
            return .serial
        }
        sections += 1
        condition.unlock()
        return .parallel
    }

    static func leave(_ entry: Entry) {
        switch entry {
        case .serial:
            serialLock.unlock()
        case .parallel:
            condition.withLock {
                sections -= 1
                if sections == 0 { condition.broadcast() }
            }
        }
    }

    static var isSerial: Bool { condition.withLock { serial } }

    /// Switches the process to serial drawing, after the sections running side by side end.
    /// Call with the FontSetupLock held and outside any library's section.
    static func serialize() {
        condition.withLock {
            guard !serial else { return }
            switching = true
            while sections > 0 { condition.wait() }
            serial = true
            switching = false
            condition.broadcast()
        }
    }
}
