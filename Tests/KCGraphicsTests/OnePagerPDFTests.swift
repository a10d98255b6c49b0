import Foundation
@testable import KCGraphics
import KCModel
import KCScene
import KCView
import Testing

/// The one-page PDF with the fonts of `Fonts/` (scripts/setup.sh): fit, metadata, fonts,
/// figures, reproducibility, and the tools' verdicts (poppler-utils, qpdf) when installed.
@Suite(.serialized) struct OnePagerPDFTests {
    static let model = Result { try GraphicsSupport.exampleModel() }
    static let rendering = Result { () throws -> OnePagerRendering in
        let model = try GraphicsSupport.exampleModel()
        return try OnePagerPDF.render(pager: try GraphicsSupport.pager(model), options: try GraphicsSupport.options(model))
    }

    @Test func theExampleFitsWithNothingDroppedAndNoWarnings() throws {
        let rendering = try Self.rendering.get()
        #expect(rendering.dropped.isEmpty)
        #expect(rendering.warnings.isEmpty, "\(rendering.warnings)")
        #expect(Array(rendering.pdf.prefix(8)) == Array("%PDF-1.5".utf8))
    }

    @Test func buildingTwiceGivesTheSameBytes() throws {
        let model = try Self.model.get()
        let again = try OnePagerPDF.render(pager: try GraphicsSupport.pager(model), options: try GraphicsSupport.options(model))
        let first = try Self.rendering.get()
        #expect(first.pdf == again.pdf)
        #expect(first.png == again.png)
        #expect(first.svg == again.svg)
    }

    /// The build shares one font library across reports and keeps shaped text; a cold
    /// library (a new process) and a warm one must give the same bytes.
    @Test func aWarmFontLibraryGivesTheBytesOfAColdOne() throws {
        let model = try Self.model.get()
        let pager = try GraphicsSupport.pager(model)
        let metadata = PDFExporter.Metadata(title: "t", author: "a", subject: "s", keywords: "k", creator: "c",
                                            date: try GraphicsSupport.options(model).date)
        func pdf(_ fonts: FontLibrary, paper: Paper = .a4) throws -> Data {
            try PDFExporter(metadata: metadata).export(try OnePagerLayout(paper: paper).layout(pager, measurer: fonts).scene, fonts: fonts)
        }
        let warm = try FontLibrary(folder: GraphicsSupport.fonts)
        _ = try pdf(warm)
        #expect(try pdf(warm) == (try pdf(try FontLibrary(folder: GraphicsSupport.fonts))))
        // A batch draws A4 and Letter pages (shrunk text) with one library: each as if alone.
        #expect(try pdf(warm, paper: .letter) == (try pdf(try FontLibrary(folder: GraphicsSupport.fonts), paper: .letter)))
    }

    /// The page drawn at 72 dpi against the recorded one, within antialiasing's noise; a
    /// changed figure or one letter less in the header is more than that. After a deliberate
    /// change to the page, re-record with `KCREPORT_RECORD=1 swift test` and look at the image.
    @Test func thePageLooksAsRecorded() throws {
        let model = try Self.model.get()
        var options = try GraphicsSupport.options(model)
        options.previewResolution = 72
        options.pageSVG = false
        func page(_ pager: OnePager) throws -> Data { try OnePagerPDF.render(pager: pager, options: options).png }
        let pager = try GraphicsSupport.pager(model)
        let drawn = try page(pager)
        let golden = GraphicsSupport.root.appendingPathComponent("Tests/KCGraphicsTests/Golden/kc-2024q3.onepager.png")
        if ProcessInfo.processInfo.environment["KCREPORT_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try drawn.write(to: golden)
            return
        }
        let recorded = try PageImage(png: try Data(contentsOf: golden))
        func looksRecorded(_ png: Data) throws -> (Bool, String) {
            let image = try PageImage(png: png)
            guard let difference = recorded.difference(from: image) else {
                return (false, "the page is \(image.width) × \(image.height) px, the recorded one \(recorded.width) × \(recorded.height) px")
            }
            let same = difference.mean < 0.5 && difference.changed < 0.0005 && difference.worstSquare <= 3
            return (same, String(format: "mean difference %.3f levels, %.3f%% of pixels changed, at most %d in a 16 px square",
                                 difference.mean, difference.changed * 100, difference.worstSquare))
        }
        let (same, how) = try looksRecorded(drawn)
        if !same {
            let copy = FileManager.default.temporaryDirectory.appendingPathComponent("kc-2024q3.onepager.drawn-\(getpid()).png")
            try drawn.write(to: copy)
            Issue.record("the page differs from \(golden.lastPathComponent) (\(how)); it is at \(copy.path)")
        }
        var renamed = pager
        renamed.view.header.company = "Kingsoft Cloud Holding Limited"
        var figure = pager
        figure.view.kpis[0].value = figure.view.kpis[0].value.replacingOccurrences(of: "1,885.6", with: "1,886.6")
        var cell = pager
        cell.view.incomeStatement.rows[1].cells[1].text = cell.view.incomeStatement.rows[1].cells[1].text.replacingOccurrences(of: "7", with: "1")
        #expect(figure.view.kpis[0].value != pager.view.kpis[0].value && cell.view.incomeStatement.rows[1] != pager.view.incomeStatement.rows[1])
        for (name, changed) in [("one letter less in the header", renamed), ("a KPI figure one digit off", figure), ("a table figure one digit off", cell)] {
            let (alike, how) = try looksRecorded(try page(changed))
            #expect(!alike, "\(name) should be more than antialiasing's noise (\(how))")
        }
    }

    @Test func thePreviewIsAnA4PNGAt144DPI() throws {
        let png = try Self.rendering.get().png
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let bytes = [UInt8](png)
        func int(at offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        #expect(int(at: 16) == 1191 && int(at: 20) == 1684)
    }

    @Test func metadataAndDatesAreInTheFile() throws {
        let pdf = try Self.rendering.get().pdf
        let text = String(decoding: [UInt8](pdf), as: UTF8.self)
        #expect(text.contains("/Creator (kcreport 0.1.0)"))
        #expect(text.contains("/Author (Kingsoft Cloud Holdings Limited)"))
        // Cairo 1.16 leaves out the "D:" prefix (optional in PDF 1.7, recommended); later Cairo writes it.
        #expect(text.contains("/CreationDate (20241119000000Z)") || text.contains("/CreationDate (D:20241119000000Z)"))
        #expect(text.contains("/ModDate (20241119000000Z)") || text.contains("/ModDate (D:20241119000000Z)"))
        guard let info = try GraphicsSupport.tool("pdfinfo", [], on: pdf) else { return }
        #expect(info.status == 0)
        for line in ["Title:           Kingsoft Cloud Holdings Limited — Q3 2024 Earnings Summary",
                     "Subject:         Q3 2024 Earnings Summary: quarter ended September 30, 2024",
                     "Keywords:        NASDAQ: KC, HKEX: 3896, Q3 2024, earnings summary",
                     "Author:          Kingsoft Cloud Holdings Limited",
                     "Creator:         kcreport 0.1.0",
                     "CreationDate:    Tue Nov 19 00:00:00 2024 UTC",
                     "ModDate:         Tue Nov 19 00:00:00 2024 UTC",
                     "Tagged:          yes",
                     "Pages:           1",
                     "Page size:       595.276 x 841.89 pts (A4)"] {
            #expect(info.output.contains(line + "\n"), "pdfinfo lacks “\(line)”:\n\(info.output)")
        }
    }

    @Test func sourceDateEpochWinsOverTheReleaseDate() throws {
        let release = Day(year: 2024, month: 11, day: 19)
        #expect(try PDFDate.resolve(sourceDateEpoch: "1700000000", releaseDate: release).iso8601 == "2023-11-14T22:13:20Z")
        #expect(try PDFDate.resolve(sourceDateEpoch: nil, releaseDate: release).iso8601 == "2024-11-19T00:00:00Z")
        #expect(try PDFDate.resolve(sourceDateEpoch: "", releaseDate: release).iso8601 == "2024-11-19T00:00:00Z")
        #expect(PDFDate(secondsSince1970: 951_782_400).iso8601 == "2000-02-29T00:00:00Z")
        #expect(throws: GraphicsError.self) { try PDFDate.resolve(sourceDateEpoch: "yesterday", releaseDate: release) }
    }

    @Test func onlyTheFontsOfTheFolderAreEmbedded() throws {
        guard let fonts = try GraphicsSupport.tool("pdffonts", [], on: try Self.rendering.get().pdf) else { return }
        #expect(fonts.status == 0)
        let rows = fonts.output.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        for row in rows {
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            let name = columns.first.map { String($0.split(separator: "+").last ?? "") } ?? ""
            #expect(name.hasPrefix("Inter-") || name.hasPrefix("DroidSansFallback") || name.hasPrefix("NotoSansCJK"), "unexpected font \(row)")
            #expect(columns.count >= 6 && columns[columns.count - 5] == "yes", "not embedded: \(row)")
        }
        #expect(rows.contains { $0.contains("DroidSansFallback") || $0.contains("NotoSansCJK") }, "the Chinese name is drawn in the folder's CJK font")
    }

    @Test func theTextIsExtractableAndTheFiguresRight() throws {
        guard let text = try GraphicsSupport.tool("pdftotext", ["-layout", "-enc", "UTF-8"], on: try Self.rendering.get().pdf) else { return }
        #expect(text.status == 0)
        for expected in ["Kingsoft Cloud Holdings Limited", "金山雲控股有限公司", "Q3 2024 Earnings Summary", "1,885.6", "(1,143.8)",
                         "−1,061.1", "+16.0%", "Checked: all", "checks of the figures passed", "http://ir.ksyun.com"] {
            #expect(text.output.contains(expected), "pdftotext lacks “\(expected)”")
        }
    }

    @Test func qpdfFindsNoErrors() throws {
        guard let check = try GraphicsSupport.tool("qpdf", ["--check"], on: try Self.rendering.get().pdf) else { return }
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("No syntax or stream encoding errors found"))
    }

    @Test func theOutlineAndTheLinkAreInTheFile() throws {
        let text = String(decoding: [UInt8](try Self.rendering.get().pdf), as: UTF8.self)
        for title in ["Key figures", "Revenue mix by quarter", "Margin progression", "Condensed income statement, Q3 2024", "Highlights", "Notes"] {
            #expect(text.contains("/Title (\(title))"), "no outline entry \(title)")
        }
        #expect(text.contains("/URI (http://ir.ksyun.com)"))
        #expect(text.contains("/StructTreeRoot"))
    }

    @Test func letterPaperOnRequest() throws {
        let model = try Self.model.get()
        let rendering = try OnePagerPDF.render(pager: try GraphicsSupport.pager(model), options: try GraphicsSupport.options(model, paper: .letter))
        #expect(rendering.dropped.isEmpty, "\(rendering.dropped)")
        guard let info = try GraphicsSupport.tool("pdfinfo", [], on: rendering.pdf) else { return }
        #expect(info.output.contains("Page size:       612 x 792 pts (letter)"))
    }

    @Test func theNorthwindReleaseFitsToo() throws {
        let model = try GraphicsSupport.northwindModel()
        let pager = try GraphicsSupport.pager(model, localName: nil)
        let fonts = try FontLibrary(folder: GraphicsSupport.fonts)
        let laidOut = try OnePagerLayout().layout(pager, measurer: fonts)
        #expect(laidOut.scene.pages.count == 1)
        try GraphicsSupport.expectTidy(try #require(laidOut.scene.pages.first))
        let rendering = try OnePagerPDF.render(pager: pager, options: try GraphicsSupport.options(model))
        #expect(rendering.pdf.count > 10_000)
    }

    @Test func aLongCompanyNameWrapsOrShrinksWithRealFonts() throws {
        var pager = try GraphicsSupport.pager(try Self.model.get())
        pager.view.header.company = "Kingsoft Cloud Infrastructure, Data Services and Artificial Intelligence Computing Holdings Limited"
        let laidOut = try OnePagerLayout().layout(pager, measurer: try FontLibrary(folder: GraphicsSupport.fonts))
        let page = try #require(laidOut.scene.pages.first)
        try GraphicsSupport.expectTidy(page)
        let name = page.textRuns.filter { $0.style.weight == .semibold && $0.style.size >= 13 && $0.y < 120 }
        #expect(name.count >= 2 || name.first.map { $0.style.size < 18 } == true)
        #expect(name.map(\.text).joined(separator: " ") == pager.view.header.company)
    }
}
