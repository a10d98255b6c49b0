import Foundation
@testable import KCGraphics
import KCScene
import Testing

/// A priming session (`GlyphPrimer`) takes each run measured while it runs, none before
/// or after, and ends with its thread; a process that draws serially primes nothing.
/// (That priming leaves the PDF's bytes alone is held by the golden image, the
/// reproducibility and the concurrent-drawing tests, which all draw primed.)
@Suite struct GlyphPrimerTests {
    static let ink = SceneColor(red: 0, green: 0, blue: 0)

    /// Another test of this process may switch it to serial drawing at any time (its fonts
    /// folder takes it past the faces Cairo keeps open); from then on nothing may prime,
    /// which this test then checks instead.
    @Test func aSessionPrimesWhatItIsGivenAndEndsWithItsThread() throws {
        let fonts = try FontLibrary(folder: GraphicsSupport.fonts)
        let style = TextStyle(size: 9, color: Self.ink)
        _ = try fonts.measure("Before the session", style: style)
        #expect(!fonts.primer.isRunning)
        fonts.primer.start()
        guard fonts.primer.isRunning else {
            #expect(!DrawingGate.isParallel)
            _ = try fonts.measure("Total revenues 1,885.6", style: style)
            #expect(fonts.primer.primed == 0)
            return
        }
        #expect(fonts.primer.liveThreads == 1)
        _ = try fonts.measure("Total revenues 1,885.6", style: style)
        _ = try fonts.measure("Total revenues 1,885.6", style: style.sized(12))
        _ = try fonts.measure("Total revenues 1,885.6", style: style)
        let primedBoth = ConcurrentDrawingTests.eventually { fonts.primer.primed == 2 || !DrawingGate.isParallel }
        fonts.primer.stop()
        #expect(!fonts.primer.isRunning)
        #expect(fonts.primer.liveThreads == 0)
        guard DrawingGate.isParallel else { return }
        #expect(primedBoth && fonts.primer.primed == 2, "one run per size measured, none for a measure known")
        _ = try fonts.measure("After the session", style: style)
        fonts.primer.stop()
        #expect(fonts.primer.primed == 2)
        fonts.primer.start()
        _ = try fonts.measure("A second session", style: style)
        let primedThird = ConcurrentDrawingTests.eventually { fonts.primer.primed == 3 || !DrawingGate.isParallel }
        fonts.primer.stop()
        #expect(fonts.primer.liveThreads == 0)
        #expect(primedThird)
    }

    /// Opt-in, and alone in its process (`KCREPORT_SERIAL_SWITCH=1 swift test --filter
    /// aSwitchToSerial`): it switches the process to serial drawing for good. The switch
    /// comes in the middle of a drawing's session: it waits for the drawing, the drawing's
    /// `stop` waits for the primer, and the primer must not wait for the switch.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["KCREPORT_SERIAL_SWITCH"] == "1"))
    func aSwitchToSerialDrawingDuringASessionWaitsForTheDrawingAlone() throws {
        let fonts = try FontLibrary(folder: GraphicsSupport.fonts)
        let style = TextStyle(size: 9, color: Self.ink)
        let switched = DispatchSemaphore(value: 0)
        var primedBeforeStop = 0
        try fonts.lock.withLock {
            fonts.primer.start()
            #expect(fonts.primer.isRunning)
            for number in 0..<200 { _ = try fonts.measure("Run \(number) before the switch", style: style.sized(Double(8 + number % 7))) }
            Thread.detachNewThread {
                FontSetupLock.withLock { DrawingGate.switchToSerialDrawing() }
                switched.signal()
            }
            #expect(ConcurrentDrawingTests.eventually { !DrawingGate.isParallel }, "the switch never began")
            for number in 0..<200 { _ = try fonts.measure("Run \(number) during the switch", style: style.sized(Double(8 + number % 7))) }
            primedBeforeStop = fonts.primer.primed
            fonts.primer.stop()
            #expect(fonts.primer.liveThreads == 0)
            #expect(switched.wait(timeout: .now()) == .timedOut, "the switch waits for the drawing's section")
        }
        #expect(switched.wait(timeout: .now() + 10) == .success, "the switch never finished")
        #expect(DrawingGate.isSerial)
        #expect(fonts.primer.primed == primedBeforeStop, "nothing is primed once the switch is pending")
        fonts.primer.start()
        #expect(!fonts.primer.isRunning, "no session starts in a process that draws serially")
    }

    /// Runs still queued when the session ends are dropped, not primed.
    @Test func stoppingDropsWhatIsNotYetPrimed() throws {
        let fonts = try FontLibrary(folder: GraphicsSupport.fonts)
        fonts.primer.start()
        guard fonts.primer.isRunning else { return #expect(!DrawingGate.isParallel) }
        let style = TextStyle(size: 8, color: Self.ink)
        for number in 0..<200 { _ = try fonts.measure("Run \(number) of the queue", style: style) }
        fonts.primer.stop()
        #expect(fonts.primer.liveThreads == 0)
        let primed = fonts.primer.primed
        #expect(primed <= 200)
        usleep(20_000)
        #expect(fonts.primer.primed == primed, "nothing is primed after the session ends")
    }
}
