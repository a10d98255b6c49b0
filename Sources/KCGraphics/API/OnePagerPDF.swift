import Foundation
import KCScene
import KCView

/// The one-page PDF of a one-pager, with its PNG preview and the page as SVG: lays the
/// one-pager out once (measured with the fonts of the fonts folder) and exports that
/// one scene three ways. The one entry point the build calls.
public enum OnePagerPDF {
    /// What the build decides: paper, fonts folder, creator, date, preview resolution.
    public struct Options: Sendable, Hashable {
        public var paper: Paper
        /// The folder of font files (the project's `fonts`, `Fonts/`).
        public var fontsFolder: String
        /// "kcreport 0.1.0", the PDF's creator.
        public var creator: String
        /// The PDF's creation and modification date (`PDFDate.resolve`).
        public var date: PDFDate
        /// Dots per inch of the PNG preview.
        public var previewResolution: Double
        /// Whether to draw the PNG preview: rasterising and compressing it costs several
        /// times the PDF, so a build that does not ship it skips it.
        public var preview: Bool
        /// Whether to write the page as SVG too (the build ships only the charts' SVG).
        public var pageSVG: Bool

        public init(paper: Paper = .a4, fontsFolder: String, creator: String, date: PDFDate, previewResolution: Double = 144,
                    preview: Bool = true, pageSVG: Bool = false) {
            self.paper = paper
            self.fontsFolder = fontsFolder
            self.creator = creator
            self.date = date
            self.previewResolution = previewResolution
            self.preview = preview
            self.pageSVG = pageSVG
        }
    }

    /// Renders `pager` (whose highlights the highlight template has written). Throws a
    /// `GraphicsError` when the fonts are missing, the page cannot hold the required blocks,
    /// text has a character no font has, or Cairo fails.
    public static func render(pager: OnePager, options: Options) throws -> OnePagerRendering {
        // One shared library for the whole drawing: the renderers draw the very layouts
        // that measured the page, which the library keeps; other reports draw meanwhile
        // with the folder's other libraries.
        try FontLibrary.withShared(folder: options.fontsFolder) { fonts in
            try fonts.lock.withLock { try render(pager: pager, options: options, fonts: fonts) }
        }
    }

    private static func render(pager: OnePager, options: Options, fonts: FontLibrary) throws -> OnePagerRendering {
        // The layout measures every run the page draws: their glyphs load on another thread
        // from then on, so the export finds them loaded (`GlyphPrimer`).
        if GlyphPrimer.coreIsFree { fonts.primer.start() }
        defer { fonts.primer.stop() }
        let laidOut: LaidOutOnePager
        do {
            laidOut = try OnePagerLayout(paper: options.paper).layout(pager, measurer: fonts)
        } catch let error as LayoutError {
            throw GraphicsError(error.message)
        }
        let header = pager.view.header
        let metadata = PDFExporter.Metadata(
            title: "\(header.company) — \(header.title)",
            author: header.company,
            subject: "\(header.title): \(header.periodEnd.prefix(1).lowercased() + header.periodEnd.dropFirst())",
            keywords: ([header.tickers.replacingOccurrences(of: " · ", with: ", "), header.periodLabel, "earnings summary"]
                .filter { !$0.isEmpty }).joined(separator: ", "),
            creator: options.creator,
            date: options.date)
        let pdf = try PDFExporter(metadata: metadata).export(laidOut.scene, fonts: fonts)
        let png = options.preview ? try PNGExporter(resolution: options.previewResolution).export(laidOut.scene, fonts: fonts) : Data()
        let svg = options.pageSVG ? SceneSVG(title: metadata.title, description: metadata.subject).write(laidOut.scene) : ""
        return OnePagerRendering(pdf: pdf, png: png, svg: svg, dropped: laidOut.dropped, warnings: laidOut.warnings)
    }
}
