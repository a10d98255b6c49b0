internal import CCairo
internal import CPangoCairo
import Foundation

/// Loads the glyphs of the text a page's layout measures into the Cairo fonts the PDF
/// export will draw them with, on a thread of its own while the layout goes on.
///
/// Cairo loads a glyph's outline from FreeType the first time a font needs it (~5 µs for
/// Inter's CFF outlines): once for each type size a glyph is drawn at, and again for the
/// PDF's font subsets — about 800 loads for the example, a third of the export's time. The
/// layout measures every run the page draws, with its size, before the export starts, and
/// the other core has nothing to do meanwhile. So each run measured is handed here and
/// measured at its size (its new glyphs traced too) through a PDF surface of the primer's
/// own: the same font, size and font options as the export's, so Cairo's font cache hands
/// the export the same fonts with the glyphs loaded. What is drawn does not change, only
/// when glyphs load.
///
/// A session runs from `start` to `stop` (the whole of `OnePagerPDF.render`, so the primer
/// goes on with the last runs while the export draws the first); runs handed in between
/// are primed in order. `stop` waits until the thread has left its loop, and so Cairo,
/// then releases the runs it did not take. Priming happens only while libraries draw side
/// by side (`DrawingGate`): the thread never waits at the gate, and gives up once a switch
/// to serial drawing is pending. `OnePagerPDF` starts no session without a free core
/// (`coreIsFree`).
final class GlyphPrimer: @unchecked Sendable {
    /// The glyphs of one run of text in the Cairo font Pango shaped them with (a reference
    /// of the primer's), to be drawn at `scale` times that font's size.
    struct Run {
        let font: OpaquePointer
        let scale: Double
        let glyphs: [UInt32]
    }

    private enum State { case idle, running, stopping }

    private let condition = NSCondition()
    /// Under `condition`: the session's runs, how many of them the thread has taken, and
    /// whether it gave up because the process is switching to serial drawing.
    private var state = State.idle
    private var queue: [Run] = []
    private var taken = 0
    private var abandoned = false
    /// Session threads still in their loop, and runs primed over the primer's life; for the tests.
    private var threads = 0
    private var primedRuns = 0
    /// Sessions running in the process, under `sessionsLock`.
    nonisolated(unsafe) private static var sessions = 0
    private static let sessionsLock = NSLock()

    /// Used only by the session's thread. Kept for the primer's life, so a session ends
    /// without finishing a surface.
    private var context: CairoContext?
    /// The unit-size font Cairo's PDF font subsets measure each face with, by face.
    private var subsetFonts: [OpaquePointer: OpaquePointer] = [:]
    /// Glyphs whose outline was traced, by face.
    private var traced: Set<Traced> = []
    private struct Traced: Hashable {
        let face: OpaquePointer
        let glyph: UInt
    }

    /// Inside the gate, like the primer's other Cairo calls: it may run on any thread once
    /// the library is let go, even the primer's own after `stop` has returned.
    deinit {
        guard context != nil || !subsetFonts.isEmpty else { return }
        let entry = DrawingGate.enter()
        defer { DrawingGate.leave(entry) }
        for font in subsetFonts.values { cairo_scaled_font_destroy(font) }
        context = nil
    }

    /// Whether a core is free for another session: fewer threads draw or prime (the caller
    /// among them) than there are cores. Priming moves work to another core; with every
    /// core busy (a batch) it would only add work.
    static var coreIsFree: Bool {
        DrawingGate.drawing + sessionsLock.withLock { sessions } < ProcessInfo.processInfo.activeProcessorCount
    }

    /// Starts a session, unless one is running or libraries do not draw side by side.
    func start() {
        guard DrawingGate.isParallel else { return }
        let started = condition.withLock {
            guard state == .idle else { return false }
            state = .running
            threads += 1
            return true
        }
        guard started else { return }
        GlyphPrimer.sessionsLock.withLock { GlyphPrimer.sessions += 1 }
        Thread.detachNewThread { [self] in work() }
    }

    var isRunning: Bool { condition.withLock { state == .running } }

    var primed: Int { condition.withLock { primedRuns } }

    var liveThreads: Int { condition.withLock { threads } }

    /// The glyph runs of `layout` drawn at `scale`; call with the library's lock held.
    static func runs(of layout: GObjectHandle, scale: Double) -> [Run] {
        var runs: [Run] = []
        for index in 0..<pango_layout_get_line_count(layout.opaque) {
            var node = pango_layout_get_line_readonly(layout.opaque, index)?.pointee.runs
            while let current = node {
                node = current.pointee.next
                guard let item = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self).pointee,
                      let font = item.item?.pointee.analysis.font,
                      let scaled = pango_cairo_font_get_scaled_font(OpaquePointer(font)),
                      let glyphs = item.glyphs else { continue }
                let ids = (0..<Int(glyphs.pointee.num_glyphs)).map { glyphs.pointee.glyphs[$0].glyph }
                    .filter { $0 < 0x0FFF_FFFF }  // PANGO_GLYPH_EMPTY and unknown glyphs are not drawn
                if !ids.isEmpty { runs.append(Run(font: cairo_scaled_font_reference(scaled), scale: scale, glyphs: ids)) }
            }
        }
        return runs
    }

    /// Queues `runs` for the session, or releases them when none is running.
    func add(_ runs: [Run]) {
        let queued = condition.withLock {
            guard state == .running else { return false }
            queue.append(contentsOf: runs)
            condition.signal()
            return true
        }
        if !queued { runs.forEach { cairo_scaled_font_destroy($0.font) } }
    }

    /// Ends the session: waits until the thread has left its loop, then releases the runs it
    /// did not take. The drawing that started the session calls it, inside its gate section.
    func stop() {
        let dropped: ArraySlice<Run> = condition.withLock {
            guard state == .running else { return [] }
            state = .stopping
            condition.broadcast()
            while state != .idle { condition.wait() }
            let dropped = queue[taken...]
            queue = []
            taken = 0
            return dropped
        }
        dropped.forEach { cairo_scaled_font_destroy($0.font) }
    }

    private func work() {
        while let run = nextRun() {
            // Never waits at the gate, since the drawing that would wait for it holds a
            // section. With a switch to serial drawing pending, after which Cairo may close
            // faces on the drawing thread, it touches Cairo no more: the run goes back to `stop`.
            guard let entry = DrawingGate.enterIfParallel() else {
                condition.withLock {
                    taken -= 1
                    abandoned = true
                }
                continue
            }
            let primed = prime(run)
            cairo_scaled_font_destroy(run.font)
            DrawingGate.leave(entry)
            if primed { condition.withLock { primedRuns += 1 } }
        }
    }

    /// The next run to prime; nil, with the session ended, once `stop` is called.
    private func nextRun() -> Run? {
        condition.withLock {
            while state == .running, abandoned || taken == queue.count { condition.wait() }
            guard state == .running else {
                state = .idle
                abandoned = false
                threads -= 1
                GlyphPrimer.sessionsLock.withLock { GlyphPrimer.sessions -= 1 }
                condition.broadcast()
                return nil
            }
            taken += 1
            return queue[taken - 1]
        }
    }

    /// Loads the run's glyphs into the font the export's context makes for the run's font
    /// at its size, and into the face's font for the PDF font subsets. The subsets also
    /// need each glyph's outline, once per face, from the first font that draws it: traced
    /// here the first time the primer meets the glyph, which is mostly where the page
    /// first draws it.
    private func prime(_ run: Run) -> Bool {
        guard run.scale.isFinite, run.scale > 0, cairo_scaled_font_status(run.font) == CAIRO_STATUS_SUCCESS,
              let context = context ?? (try? CairoContext(surface: CairoSurface.pdf(width: 1, height: 1, sink: ByteSink()))),
              let face = cairo_scaled_font_get_font_face(run.font) else { return false }
        let glyphs = run.glyphs.map { cairo_glyph_t(index: UInt($0), x: 0, y: 0) }
        var unseen = glyphs.filter { !traced.contains(Traced(face: face, glyph: $0.index)) }
        var extents = cairo_text_extents_t()
        context.withSavedState {
            context.scale(run.scale)
            cairo_set_scaled_font(context.pointer, run.font)
            if let sized = cairo_get_scaled_font(context.pointer) { cairo_scaled_font_glyph_extents(sized, glyphs, Int32(glyphs.count), &extents) }
            if !unseen.isEmpty { cairo_glyph_path(context.pointer, &unseen, Int32(unseen.count)) }
            context.newPath()
        }
        // A context Cairo put in an error state stays in it: the next run makes another.
        if (try? context.check("priming glyphs")) != nil {
            for glyph in unseen { traced.insert(Traced(face: face, glyph: glyph.index)) }
            self.context = context
        } else {
            self.context = nil
        }
        if let subsetFont = subsetFont(of: face) { cairo_scaled_font_glyph_extents(subsetFont, glyphs, Int32(glyphs.count), &extents) }
        return true
    }

    /// The font `_cairo_scaled_font_subsets_map_glyph` (Cairo 1.16) makes for `face`:
    /// unit matrices, default options but for no hinting of outlines or metrics.
    private func subsetFont(of face: OpaquePointer) -> OpaquePointer? {
        if let known = subsetFonts[face] { return known }
        guard let options = cairo_font_options_create() else { return nil }
        defer { cairo_font_options_destroy(options) }
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        var identity = cairo_matrix_t()
        cairo_matrix_init_identity(&identity)
        guard let font = cairo_scaled_font_create(face, &identity, &identity, options) else { return nil }
        subsetFonts[face] = font
        return font
    }
}
