import Foundation

/// Whether font libraries may draw side by side, process-wide. They may while every font
/// face Cairo can be asked for is open and stays open (`CairoFaces`); once a process uses
/// more faces than Cairo keeps open, Cairo 1.16 opens and closes FreeType faces while
/// drawing, on its one FreeType library and outside its locks, so from then on every
/// library's work runs alone.
///
/// Entered before any library's lock, once per thread: a thread already inside (working
/// with one library and touching another's objects) enters again without waiting. So the
/// gate is always the outermost lock, and neither the switch to serial drawing nor serial
/// drawing itself can wait on a thread that waits on them.
enum DrawingGate {
    enum Entry { case nested, parallel, serial, helper }

    private static let condition = NSCondition()
    /// Held by the thread drawing in serial mode.
    private static let serialLock = NSLock()
    /// Under `condition`.
    nonisolated(unsafe) private static var serial = false
    nonisolated(unsafe) private static var switching = false
    nonisolated(unsafe) private static var sections = 0
    nonisolated(unsafe) private static var mostSections = 0
    /// Of the sections, those of helper threads (`enterIfParallel`), which draw nothing.
    nonisolated(unsafe) private static var helpers = 0

    /// How deep the calling thread is inside the gate.
    private static let depthKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    private static var threadDepth: Int {
        get { Int(bitPattern: pthread_getspecific(depthKey)) }
        set { pthread_setspecific(depthKey, UnsafeRawPointer(bitPattern: newValue)) }
    }

    static func enter() -> Entry {
        let depth = threadDepth
        threadDepth = depth + 1
        guard depth == 0 else { return .nested }
        condition.lock()
        while switching { condition.wait() }
        guard !serial else {
            condition.unlock()
            serialLock.lock()
            return .serial
        }
        sections += 1
        mostSections = max(mostSections, sections - helpers)
        condition.unlock()
        return .parallel
    }

    /// Enters on a thread outside the gate when libraries draw side by side, without
    /// waiting: nil while the process switches to serial drawing or draws serially. For
    /// helper work that may be skipped (`GlyphPrimer`), which must not wait on a drawing
    /// that waits for it; not counted in `mostAtOnce`, which counts drawings.
    static func enterIfParallel() -> Entry? {
        precondition(threadDepth == 0, "enterIfParallel is for a thread outside the gate")
        return condition.withLock {
            guard !switching, !serial else { return nil }
            threadDepth = 1
            sections += 1
            helpers += 1
            return .helper
        }
    }

    static func leave(_ entry: Entry) {
        threadDepth -= 1
        switch entry {
        case .nested:
            return
        case .serial:
            serialLock.unlock()
        case .parallel, .helper:
            condition.withLock {
                sections -= 1
                if entry == .helper { helpers -= 1 }
                if sections == 0 { condition.broadcast() }
            }
        }
    }

    static var isSerial: Bool { condition.withLock { serial } }

    /// Whether libraries draw side by side now: not serially, nor switching to it.
    static var isParallel: Bool { condition.withLock { !serial && !switching } }

    /// How many threads draw side by side right now (helpers aside; 0 when drawing serially).
    static var drawing: Int { condition.withLock { sections - helpers } }

    /// The most threads that drew side by side at once (helpers aside); for the tests.
    static var mostAtOnce: Int { condition.withLock { mostSections } }

    /// Switches the process to serial drawing, after the sections running side by side end.
    /// Call with the FontSetupLock held and outside the gate.
    static func switchToSerialDrawing() {
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
