import Foundation
@testable import KCGraphics
import KCScene
import Testing

/// Fonts come from the folder only; figures are tabular when asked; missing glyphs are found, not drawn as boxes.
@Suite struct FontLibraryTests {
    static let ink = SceneColor(red: 0, green: 0, blue: 0)

    @Test func theFolderHasInterAndACJKFallback() throws {
        let fonts = try FontLibrary(folder: GraphicsSupport.fonts)
        #expect(fonts.files.contains("Inter-Regular.otf"))
        #expect(fonts.styles(of: "Inter").contains("Bold"))
        #expect(try fonts.measure("金山雲", style: TextStyle(size: 10, color: Self.ink, language: "zh-Hant")).missing.isEmpty,
                "the folder needs a CJK fallback for names in Chinese")
        #expect(fonts.styles(of: "DejaVu Sans").isEmpty, "a system font leaked into the configuration")
    }

    @Test func tabularFiguresAreAllOneWidth() throws {
        let fonts = try FontLibrary(folder: GraphicsSupport.fonts)
        let tabular = TextStyle(size: 10, tabular: true, color: Self.ink)
        let proportional = TextStyle(size: 10, color: Self.ink)
        let ones = try fonts.measure("1111", style: tabular).width
        #expect(abs(ones - (try fonts.measure("0000", style: tabular).width)) < 0.001)
        #expect(abs((try fonts.measure("1111", style: proportional).width) - (try fonts.measure("0000", style: proportional).width)) > 0.5,
                "Inter's default figures are proportional, so tnum must be what lines the columns up")
    }

    /// The ascent and descent the layout sets lines with are Pango's metrics, taken
    /// without Pango's estimate of average widths.
    @Test func fontMetricsAreThoseOfPango() throws {
        let fonts = try FontLibrary(folder: GraphicsSupport.fonts)
        let styles = OnePagerLayout.typefaces(localNameLanguage: "zh-Hant") + [TextStyle(size: 10, italic: true, color: Self.ink)]
        for style in styles {
            for size in [7.0, 10, 23.5] {
                let metrics = try fonts.metrics(style.sized(size))
                let pango = try fonts.pangoMetrics(style.sized(size))
                #expect(abs(metrics.ascent - pango.ascent * size / 10) < 1e-9 && abs(metrics.descent - pango.descent * size / 10) < 1e-9,
                        "\(style.weight) \(style.language ?? "") at \(size) pt: \(metrics) against \(pango)")
                #expect(metrics.ascent > size * 0.7 && metrics.descent > size * 0.1)
            }
        }
    }

    @Test func aGlyphNoFontHasIsReported() throws {
        let fonts = try FontLibrary(folder: GraphicsSupport.fonts)
        let measure = try fonts.measure("Pharaoh \u{13000} Holdings", style: TextStyle(size: 10, color: Self.ink))
        #expect(measure.missing == ["\u{13000}"])
        #expect(try fonts.measure("金山雲控股有限公司", style: TextStyle(size: 10, color: Self.ink, language: "zh")).missing.isEmpty)
    }

    /// Text that fits is one line without asking Pango to wrap; a hair narrower and Pango wraps it.
    @Test func textBreaksExactlyWhereItNoLongerFits() throws {
        let fonts = try FontLibrary(folder: GraphicsSupport.fonts)
        for (text, style) in [("Adjusted EBITDA margin", TextStyle(size: 7.8, color: Self.ink)),
                              ("Net loss of RMB1,061.1 million", TextStyle(size: 8.2, weight: .semibold, color: Self.ink)),
                              ("金山雲控股 Holdings", TextStyle(size: 13, color: Self.ink, language: "zh-Hant"))] {
            let width = try fonts.measure(text, style: style).width
            #expect(try fonts.lines(text, style: style, width: width) == [text])
            #expect(try fonts.lines(text + "  ", style: style, width: width * 2) == [text], "trailing spaces are not part of a line")
            #expect(try fonts.lines(text + " ", style: style, width: width) == [text], "nor do they make it wrap")
            let wrapped = try fonts.lines(text, style: style, width: width - 0.05)
            #expect(wrapped.count > 1, "\(text) at \(width - 0.05) pt")
            for line in wrapped { #expect(try fonts.measure(line, style: style).width <= width - 0.05) }
            #expect(wrapped.joined(separator: " ").filter { !$0.isWhitespace } == text.filter { !$0.isWhitespace })
        }
        #expect(try fonts.lines("   ", style: TextStyle(size: 10, color: Self.ink), width: 100) == [])
    }

    @Test func aCompanyNameWithAGlyphNoFontHasFailsTheBuildClearly() throws {
        let model = try GraphicsSupport.exampleModel()
        var pager = try GraphicsSupport.pager(model)
        pager.view.header.company = "Pharaoh \u{13000} Holdings"
        #expect {
            try OnePagerPDF.render(pager: pager, options: try GraphicsSupport.options(model))
        } throws: { error in
            (error as? GraphicsError)?.message.hasPrefix("no font in the fonts folder has “\u{13000}” (U+13000), needed for “Pharaoh \u{13000} Holdings”") == true
        }
    }

    @Test func aMissingFontsFolderIsAConfigurationError() throws {
        #expect {
            try FontLibrary(folder: "/nonexistent/Fonts")
        } throws: { error in
            (error as? GraphicsError).map { $0.isConfiguration && $0.message.hasPrefix("/nonexistent/Fonts: the fonts folder does not exist") } == true
        }
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("kcgraphics-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect {
            try FontLibrary(folder: empty.path)
        } throws: { error in
            (error as? GraphicsError)?.message == "\(empty.path): no fonts in the fonts folder; run scripts/setup.sh to copy Inter and a CJK fallback (Droid Sans Fallback) into it"
        }
    }
}
