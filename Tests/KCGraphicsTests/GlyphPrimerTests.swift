import Foundation
@testable import KCGraphics
import KCScene
import Testing

/// Glyphs loaded on another thread while a page is laid out (`GlyphPrimer`) change when
/// Cairo loads them, never what it draws; a session ends with its thread.
@Suite struct GlyphPrimerTests {
    static let ink = SceneColor(red: 0, green: 0, blue: 0)

    /// A folder with a copy of Inter Regular alone: a face no other test has drawn with,
    /// so whatever is loaded of it, this test loaded.
    static func freshFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kcreport-primer-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: GraphicsSupport.fonts + "/Inter-Regular.otf", toPath: folder + "/Inter-Regular.otf")
        return folder
    }

    /// The example's page, laid out and exported by `fonts`, with a priming session or without.
    static func pdf(fonts: FontLibrary, primed: Bool) throws -> Data {
        let model = try GraphicsSupport.exampleModel()
        let pager = try GraphicsSupport.pager(model, localName: nil)
        let metadata = PDFExporter.Metadata(title: "t", author: "a", subject: "s", keywords: "k", creator: "c",
                                            date: try GraphicsSupport.options(model).date)
        if primed { fonts.primer.start() }
        defer { fonts.primer.stop() }
        let scene = try OnePagerLayout().layout(pager, measurer: fonts).scene
        return try PDFExporter(metadata: metadata).export(scene, fonts: fonts)
    }

    @Test func aPagePrimedOnAnotherThreadIsTheSamePage() throws {
        let plainFolder = try Self.freshFolder()
        let primedFolder = try Self.freshFolder()
        defer {
            try? FileManager.default.removeItem(atPath: plainFolder)
            try? FileManager.default.removeItem(atPath: primedFolder)
        }
        let plain = try FontLibrary(folder: plainFolder)
        let primed = try FontLibrary(folder: primedFolder)
        let withoutPriming = try Self.pdf(fonts: plain, primed: false)
        let withPriming = try Self.pdf(fonts: primed, primed: true)
        #expect(plain.primer.primed == 0)
        #expect(primed.primer.primed > 100, "every run the page draws is handed to the primer")
        #expect(withPriming == withoutPriming)
    }

    @Test func aSessionPrimesWhatItIsGivenAndEndsWithItsThread() throws {
        let fonts = try FontLibrary(folder: GraphicsSupport.fonts)
        let style = TextStyle(size: 9, color: Self.ink)
        _ = try fonts.measure("Before the session", style: style)
        #expect(!fonts.primer.isRunning)
        fonts.primer.start()
        #expect(fonts.primer.isRunning)
        _ = try fonts.measure("Total revenues 1,885.6", style: style)
        _ = try fonts.measure("Total revenues 1,885.6", style: style.sized(12))
        _ = try fonts.measure("Total revenues 1,885.6", style: style)
        #expect(ConcurrentDrawingTests.eventually { fonts.primer.primed == 2 }, "one run per size measured, none for a measure known")
        fonts.primer.stop()
        #expect(!fonts.primer.isRunning)
        _ = try fonts.measure("After the session", style: style)
        fonts.primer.stop()
        #expect(fonts.primer.primed == 2)
        fonts.primer.start()
        _ = try fonts.measure("A second session", style: style)
        #expect(ConcurrentDrawingTests.eventually { fonts.primer.primed == 3 })
        fonts.primer.stop()
    }
}
