internal import CCairo
import Foundation
import KCScene

/// Turns a scene into PDF bytes through Cairo's PDF surface: metadata, dates, an outline
/// of the frames that ask for one, structure tags for the frames' roles, and link
/// annotations. Pure: the same scene, options and fonts give the same bytes.
public struct PDFExporter {
    /// What the PDF's document information says.
    public struct Metadata: Sendable, Hashable {
        public var title: String
        public var author: String
        public var subject: String
        public var keywords: String
        /// "kcreport 0.1.0".
        public var creator: String
        /// Creation and modification date.
        public var date: PDFDate

        public init(title: String, author: String, subject: String, keywords: String, creator: String, date: PDFDate) {
            self.title = title
            self.author = author
            self.subject = subject
            self.keywords = keywords
            self.creator = creator
            self.date = date
        }
    }

    public var metadata: Metadata
    /// Structure tags, links and the outline (Cairo 1.16's tagged PDF); off gives a plain PDF.
    public var tagged: Bool

    public init(metadata: Metadata, tagged: Bool = true) {
        self.metadata = metadata
        self.tagged = tagged
    }

    /// Draws under the lock of `fonts` (the text is its layouts); exports with other
    /// libraries run at the same time.
    public func export(_ scene: Scene, fonts: FontLibrary) throws -> Data {
        try fonts.lock.withLock { try exportLocked(scene, fonts: fonts) }
    }

    private func exportLocked(_ scene: Scene, fonts: FontLibrary) throws -> Data {
        guard let first = scene.pages.first else { throw GraphicsError("the scene has no page to export") }
        let sink = ByteSink()
        let surface = try CairoSurface.pdf(width: first.width, height: first.height, sink: sink)
        try surface.setMetadata(CAIRO_PDF_METADATA_TITLE, metadata.title)
        try surface.setMetadata(CAIRO_PDF_METADATA_AUTHOR, metadata.author)
        try surface.setMetadata(CAIRO_PDF_METADATA_SUBJECT, metadata.subject)
        try surface.setMetadata(CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords)
        try surface.setMetadata(CAIRO_PDF_METADATA_CREATOR, metadata.creator)
        try surface.setMetadata(CAIRO_PDF_METADATA_CREATE_DATE, metadata.date.iso8601)
        try surface.setMetadata(CAIRO_PDF_METADATA_MOD_DATE, metadata.date.iso8601)
        let context = try CairoContext(surface: surface)
        for (index, page) in scene.pages.enumerated() {
            try surface.setPageSize(width: page.width, height: page.height)
            let renderer = SceneRenderer(context: context, fonts: fonts, tagged: tagged)
            try renderer.draw(page)
            if tagged {
                for entry in renderer.outline {
                    let position = "[\(CairoAttribute.number(entry.x)) \(CairoAttribute.number(entry.y))]"
                    try surface.addOutline(entry.title, link: "page=\(index + 1) pos=\(position)")
                }
            }
            try context.showPage()
        }
        try surface.finish()
        return sink.data
    }
}
