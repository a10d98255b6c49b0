import Foundation
@testable import KCGraphics
import KCScene
import KCView
import Testing

/// Reports draw their pages at once on several threads, each with a library of the fonts
/// folder's pool (or with libraries of their own), and every PDF and PNG is byte for byte
/// the one drawn alone. `KCREPORT_STRESS=N` draws N rounds per thread instead of 6.
@Suite struct ConcurrentDrawingTests {
    static let rounds = Int(ProcessInfo.processInfo.environment["KCREPORT_STRESS"] ?? "") ?? 6
    static let threads = 4

    /// A page to draw and the bytes it gave when drawn alone.
    struct Job: Sendable {
        var name: String
        var pager: OnePager
        var options: OnePagerPDF.Options
        var expected: OnePagerRendering
    }

    /// The example on A4 with its PNG preview, on Letter (shrunk text) without, and the
    /// Northwind release: each drawn once, alone, first.
    static func jobs(fontsFolder: String = GraphicsSupport.fonts) throws -> [Job] {
        let example = try GraphicsSupport.exampleModel()
        let northwind = try GraphicsSupport.northwindModel()
        var a4 = try GraphicsSupport.options(example)
        a4.fontsFolder = fontsFolder
        var letter = try GraphicsSupport.options(example, paper: .letter)
        letter.fontsFolder = fontsFolder
        letter.preview = false
        var other = try GraphicsSupport.options(northwind)
        other.fontsFolder = fontsFolder
        other.preview = false
        let pages: [(String, OnePager, OnePagerPDF.Options)] = [
            ("example A4", try GraphicsSupport.pager(example), a4),
            ("example Letter", try GraphicsSupport.pager(example), letter),
            ("northwind", try GraphicsSupport.pager(northwind, localName: nil), other),
        ]
        return try pages.map { name, pager, options in
            Job(name: name, pager: pager, options: options, expected: try OnePagerPDF.render(pager: pager, options: options))
        }
    }

    /// Runs `body(thread, round)` on `threads` threads of their own at once, `rounds` times
    /// each; the failures, in no order.
    static func atOnce(threads: Int = threads, rounds: Int = rounds, _ body: @escaping @Sendable (Int, Int) throws -> String?) -> [String] {
        let failures = Failures()
        let finished = DispatchGroup()
        let start = DispatchSemaphore(value: 0)
        for thread in 0..<threads {
            finished.enter()
            Thread.detachNewThread {
                start.wait()
                for round in 0..<rounds {
                    do {
                        if let failure = try body(thread, round) { failures.add("thread \(thread), round \(round): \(failure)") }
                    } catch {
                        failures.add("thread \(thread), round \(round): \(error)")
                    }
                }
                finished.leave()
            }
        }
        for _ in 0..<threads { start.signal() }
        finished.wait()
        return failures.all
    }

    final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [String] = []
        func add(_ failure: String) { lock.withLock { list.append(failure) } }
        var all: [String] { lock.withLock { list } }
    }

    @Test func reportsDrawnAtOnceGiveTheBytesOfEachDrawnAlone() throws {
        let jobs = try Self.jobs()
        let failures = Self.atOnce { thread, round in
            let job = jobs[(thread + round) % jobs.count]
            let rendering = try OnePagerPDF.render(pager: job.pager, options: job.options)
            if rendering.pdf != job.expected.pdf { return "\(job.name): the PDF differs from the one drawn alone" }
            if rendering.png != job.expected.png { return "\(job.name): the PNG differs from the one drawn alone" }
            if rendering.svg != job.expected.svg { return "\(job.name): the SVG differs from the one drawn alone" }
            return nil
        }
        #expect(failures.isEmpty, "\(failures)")
    }

    /// Libraries made at once, each measuring and drawing on its own thread, and libraries
    /// released while others draw.
    @Test func librariesOfTheirOwnDrawAtOnce() throws {
        let model = try GraphicsSupport.exampleModel()
        let pager = try GraphicsSupport.pager(model)
        let metadata = PDFExporter.Metadata(title: "t", author: "a", subject: "s", keywords: "k", creator: "c",
                                            date: try GraphicsSupport.options(model).date)
        @Sendable func pdf(_ fonts: FontLibrary) throws -> Data {
            try PDFExporter(metadata: metadata).export(try OnePagerLayout().layout(pager, measurer: fonts).scene, fonts: fonts)
        }
        let expected = try pdf(try FontLibrary(folder: GraphicsSupport.fonts))
        let failures = Self.atOnce(rounds: max(2, Self.rounds / 3)) { _, _ in
            try pdf(try FontLibrary(folder: GraphicsSupport.fonts)) == expected ? nil : "the PDF differs from the one drawn alone"
        }
        #expect(failures.isEmpty, "\(failures)")
    }

    /// The fonts folder under another name ("Fonts/./."): a pool of its own, with the same
    /// font files, so the process keeps the same few Cairo faces open and draws in parallel.
    static func privateFonts(_ number: Int) -> String {
        GraphicsSupport.fonts + String(repeating: "/.", count: number)
    }

    /// The warm-up is held inside the making of its library (which takes the FontSetupLock)
    /// until the report has asked for one and is waiting for it: the report then draws with
    /// the warmed-up library, and the pool makes no second one.
    @Test func aReportThatAsksDuringTheWarmUpWaitsForItsLibrary() throws {
        let job = try #require(try Self.jobs().first)
        let fresh = Self.privateFonts(1)
        var options = job.options
        options.fontsFolder = fresh
        let drawing = options
        let pool = FontPool.of(folder: fresh, family: TextStyle.defaultFamily)
        let done = DispatchGroup()
        let rendering = ResultBox<OnePagerRendering>()
        var (warming, waited) = (false, false)
        FontSetupLock.withLock {
            done.enter()
            Thread.detachNewThread {
                try? FontLibrary.warmUpShared(folder: fresh, styles: OnePagerLayout.typefaces(localNameLanguage: "zh"))
                done.leave()
            }
            warming = Self.eventually { pool.warmingAndClaims.warming == 1 }
            done.enter()
            Thread.detachNewThread {
                rendering.set(Result { try OnePagerPDF.render(pager: job.pager, options: drawing) })
                done.leave()
            }
            if warming { waited = Self.eventually { pool.warmingAndClaims.claims == 1 } }
        }
        #expect(done.wait(timeout: .now() + 60) == .success, "the warm-up or the report never ended")
        #expect(warming, "the warm-up never began")
        #expect(waited, "the report did not wait for the warm-up's library")
        #expect(try rendering.get().pdf == job.expected.pdf)
        #expect(pool.count == 1, "a one-report build makes one library")
    }

    /// A thread's result, handed to the test.
    final class ResultBox<Value>: @unchecked Sendable {
        private let lock = NSLock()
        private var result: Result<Value, any Error>?

        func set(_ value: Result<Value, any Error>) { lock.withLock { result = value } }

        func get() throws -> Value {
            guard let result = lock.withLock({ result }) else { throw GraphicsError("the thread gave no result") }
            return try result.get()
        }
    }

    /// Whether `condition` holds within ten seconds.
    static func eventually(_ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while !condition() {
            if Date() > deadline { return false }
            usleep(200)
        }
        return true
    }

    @Test func thePoolMakesAtMostOneLibraryPerCore() throws {
        let folder = Self.privateFonts(2)
        let jobs = try Self.jobs(fontsFolder: folder)
        let failures = Self.atOnce(threads: 6, rounds: 2) { thread, round in
            let job = jobs[(thread + round) % jobs.count]
            return try OnePagerPDF.render(pager: job.pager, options: job.options).pdf == job.expected.pdf ? nil : "\(job.name): the PDF differs"
        }
        #expect(failures.isEmpty, "\(failures)")
        let count = FontPool.of(folder: folder, family: TextStyle.defaultFamily).count
        #expect(count >= 1 && count <= ProcessInfo.processInfo.activeProcessorCount)
        // Other suites in this process may open fonts of other folders and so take it past the
        // faces Cairo keeps open, to serial drawing; until then, threads draw side by side.
        #expect(DrawingGate.isSerial || DrawingGate.mostAtOnce >= 2, "the threads never entered the drawing gate together")
    }

    /// Opt-in, and alone in its process (`KCREPORT_MANY_FACES=1 swift test --filter
    /// DrawsSerially`): it switches the process to serial drawing for good. A fonts
    /// folder with more faces than Cairo keeps open (here the project's fonts linked under
    /// two names each) makes every library draw alone, and the PDFs stay the same.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["KCREPORT_MANY_FACES"] == "1"))
    func aProcessThatNeedsMoreFacesThanCairoKeepsOpenDrawsSerially() throws {
        let jobs = try Self.jobs()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kcgraphics-faces-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in try FileManager.default.contentsOfDirectory(atPath: GraphicsSupport.fonts) where !name.hasSuffix(".md") {
            for copy in ["a", "b"] {
                try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("\(copy)-\(name)"),
                                                           withDestinationURL: URL(fileURLWithPath: GraphicsSupport.fonts).appendingPathComponent(name))
            }
        }
        // The switch comes while other threads draw, their glyphs loading on primer threads
        // (`GlyphPrimer`), which must not wait at the gate for a drawing that waits for them.
        let manyBox = ResultBox<[Job]>()
        let during = Self.atOnce(threads: 3, rounds: 2) { thread, round in
            guard thread > 0 else {
                if round == 0 {
                    manyBox.set(Result {
                        try jobs.map { job in
                            var options = job.options
                            options.fontsFolder = folder.path
                            return Job(name: job.name + " (many faces)", pager: job.pager, options: options,
                                       expected: try OnePagerPDF.render(pager: job.pager, options: options))
                        }
                    })
                }
                return nil
            }
            let job = jobs[(thread + round) % jobs.count]
            return try OnePagerPDF.render(pager: job.pager, options: job.options).pdf == job.expected.pdf ? nil : "\(job.name): the PDF differs"
        }
        #expect(during.isEmpty, "\(during)")
        let many = try manyBox.get()
        #expect(DrawingGate.isSerial)
        let failures = Self.atOnce { thread, round in
            let job = (thread % 2 == 0 ? jobs : many)[(thread + round) % jobs.count]
            return try OnePagerPDF.render(pager: job.pager, options: job.options).pdf == job.expected.pdf ? nil : "\(job.name): the PDF differs"
        }
        #expect(failures.isEmpty, "\(failures)")
        #expect(FontPool.of(folder: folder.path, family: TextStyle.defaultFamily).count == 1)
    }

    @Test func aWarmUpThatFailsLetsTheReportFailWithTheReason() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("kcgraphics-nofonts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(throws: GraphicsError.self) { try FontLibrary.warmUpShared(folder: empty.path, styles: []) }
        #expect {
            try FontLibrary.withShared(folder: empty.path) { _ in }
        } throws: { error in
            (error as? GraphicsError)?.message.hasPrefix("\(empty.path): no fonts in the fonts folder") == true
        }
        #expect(FontPool.of(folder: empty.path, family: TextStyle.defaultFamily).count == 0)
    }
}
