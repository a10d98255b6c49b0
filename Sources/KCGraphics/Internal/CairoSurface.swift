internal import CCairo
import Foundation

/// Owns a Cairo surface (PDF to a stream, or an image) and destroys it in `deinit`;
/// the sink the PDF writes to lives as long as the surface. One export's own: destroyed
/// without a lock, since what it shares with other surfaces (the scaled fonts its font
/// subsets hold) Cairo guards with its own mutexes and atomic references.
final class CairoSurface {
    let pointer: OpaquePointer
    private let sink: ByteSink?

    private init(pointer: OpaquePointer, sink: ByteSink?) {
        self.pointer = pointer
        self.sink = sink
    }

    deinit {
        cairo_surface_destroy(pointer)
    }

    /// A PDF surface writing into `sink`; its first page is `width` × `height` points.
    static func pdf(width: Double, height: Double, sink: ByteSink) throws -> CairoSurface {
        guard let pointer = cairo_pdf_surface_create_for_stream(ByteSink.write, sink.closure, width, height) else {
            throw GraphicsError("cairo_pdf_surface_create_for_stream returned nothing")
        }
        let surface = CairoSurface(pointer: pointer, sink: sink)
        try surface.check("creating the PDF surface")
        return surface
    }

    /// An RGB image surface of `width` × `height` pixels.
    static func image(width: Int, height: Int) throws -> CairoSurface {
        guard width > 0, height > 0, width <= 32767, height <= 32767 else {
            throw GraphicsError("an image of \(width) × \(height) pixels is outside what Cairo can draw")
        }
        guard let pointer = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else {
            throw GraphicsError("cairo_image_surface_create returned nothing")
        }
        let surface = CairoSurface(pointer: pointer, sink: nil)
        try surface.check("creating the image surface")
        return surface
    }

    func check(_ operation: String) throws {
        try CairoStatus.check(cairo_surface_status(pointer), operation)
    }

    func setMetadata(_ key: cairo_pdf_metadata_t, _ value: String) throws {
        cairo_pdf_surface_set_metadata(pointer, key, value)
        try check("setting the PDF metadata")
    }

    func setPageSize(width: Double, height: Double) throws {
        cairo_pdf_surface_set_size(pointer, width, height)
        try check("setting the PDF page size")
    }

    /// Adds an outline entry (bookmark) under the root, pointing at `link` ("page=1 pos=[x y]").
    func addOutline(_ title: String, link: String) throws {
        _ = cairo_pdf_surface_add_outline(pointer, Int32(CAIRO_PDF_OUTLINE_ROOT), title, link, cairo_pdf_outline_flags_t(rawValue: 0))
        try check("adding the outline entry “\(title)”")
    }

    /// Writes everything out (the PDF's trailer); nothing may be drawn after.
    func finish() throws {
        cairo_surface_flush(pointer)
        cairo_surface_finish(pointer)
        try check("finishing the surface")
    }

    /// The image as PNG bytes.
    func png() throws -> Data {
        let sink = ByteSink()
        cairo_surface_flush(pointer)
        try CairoStatus.check(cairo_surface_write_to_png_stream(pointer, ByteSink.write, sink.closure), "writing the PNG")
        return sink.data
    }
}
