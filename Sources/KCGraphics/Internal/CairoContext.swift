internal import CCairo

/// Owns a Cairo drawing context on a surface and destroys it in `deinit`; drawing calls
/// check the context's status where they can fail and save/restore in scoped helpers.
/// One export's own: destroyed without a lock, since what it shares with other threads'
/// contexts (scaled fonts, font faces) Cairo guards with its own mutexes and references.
final class CairoContext {
    let pointer: OpaquePointer
    /// Kept so the surface outlives the context.
    let surface: CairoSurface

    init(surface: CairoSurface) throws {
        guard let pointer = cairo_create(surface.pointer) else { throw GraphicsError("cairo_create returned nothing") }
        self.pointer = pointer
        self.surface = surface
        try check("creating the drawing context")
    }

    deinit {
        cairo_destroy(pointer)
    }

    func check(_ operation: String) throws {
        try CairoStatus.check(cairo_status(pointer), operation)
    }

    /// Runs `body` between `cairo_save` and `cairo_restore`.
    func withSavedState<T>(_ body: () throws -> T) rethrows -> T {
        cairo_save(pointer)
        defer { cairo_restore(pointer) }
        return try body()
    }

    func translate(_ x: Double, _ y: Double) { cairo_translate(pointer, x, y) }
    func scale(_ factor: Double) { cairo_scale(pointer, factor, factor) }

    func setColor(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
        cairo_set_source_rgb(pointer, Double(red) / 255, Double(green) / 255, Double(blue) / 255)
    }

    func paint() throws {
        cairo_paint(pointer)
        try check("painting")
    }

    func rectangle(_ x: Double, _ y: Double, _ width: Double, _ height: Double) {
        cairo_rectangle(pointer, x, y, width, height)
    }

    func moveTo(_ x: Double, _ y: Double) { cairo_move_to(pointer, x, y) }
    func lineTo(_ x: Double, _ y: Double) { cairo_line_to(pointer, x, y) }
    func closePath() { cairo_close_path(pointer) }
    func newPath() { cairo_new_path(pointer) }

    func fill(preserve: Bool) throws {
        if preserve { cairo_fill_preserve(pointer) } else { cairo_fill(pointer) }
        try check("filling a shape")
    }

    /// Strokes the current path with `width` and an optional dash pattern.
    func stroke(width: Double, dash: [Double]) throws {
        cairo_set_line_width(pointer, width)
        cairo_set_line_cap(pointer, CAIRO_LINE_CAP_BUTT)
        dash.withUnsafeBufferPointer { cairo_set_dash(pointer, $0.baseAddress, Int32($0.count), 0) }
        cairo_stroke(pointer)
        try check("stroking a line")
    }

    func beginTag(_ name: String, attributes: String = "") throws {
        cairo_tag_begin(pointer, name, attributes)
        try check("opening the PDF tag \(name)")
    }

    func endTag(_ name: String) throws {
        cairo_tag_end(pointer, name)
        try check("closing the PDF tag \(name)")
    }

    func showPage() throws {
        cairo_show_page(pointer)
        try check("ending the page")
    }
}
