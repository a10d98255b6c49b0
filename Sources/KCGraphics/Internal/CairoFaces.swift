internal import CPangoCairo

/// Opens Cairo's FreeType face of every font a library can draw with, when the library is
/// made, and keeps it open for the process, so that drawing never opens or closes one.
///
/// Cairo 1.16 keeps one FreeType library for the process and opens a font's face on first
/// use with `FT_New_Face` outside its locks; FreeType requires `FT_New_Face` and
/// `FT_Done_Face` on one library to be serialised. It also keeps at most 10 faces open
/// (`MAX_OPEN_FACES`), closing another font's face to open a new one while that face may be
/// in use on another thread. So: each face is opened here, under the FontSetupLock, and the
/// Cairo font face made for it is kept, which keeps Cairo's font for the file — and its
/// FreeType face — alive. While the process has no more faces than Cairo keeps open, none
/// is ever closed or opened again, and libraries draw side by side (Cairo locks each face
/// while it uses one). A process that needs more switches to serial drawing (`DrawingGate`).
enum CairoFaces {
    /// Cairo 1.16's `MAX_OPEN_FACES` (cairo-ft-font.c).
    static let limit = 10

    /// Cairo font faces by "file\nindex", never destroyed. Under the FontSetupLock.
    nonisolated(unsafe) private static var opened: [String: OpaquePointer] = [:]

    /// Opens the faces of `configuration` not yet open, or makes the process draw serially
    /// when they would be more than Cairo keeps open. Call with the FontSetupLock held,
    /// outside any library's section.
    static func open(_ configuration: FontConfiguration) throws {
        guard !DrawingGate.isSerial else { return }
        let faces = configuration.faces().filter { opened["\($0.file)\n\($0.index)"] == nil }
        guard opened.count + faces.count <= limit else {
            DrawingGate.switchToSerialDrawing()
            return
        }
        guard let options = cairo_font_options_create() else { throw GraphicsError("cairo_font_options_create returned nothing") }
        defer { cairo_font_options_destroy(options) }
        var identity = cairo_matrix_t()
        cairo_matrix_init_identity(&identity)
        for face in faces {
            guard let fontFace = cairo_ft_font_face_create_for_pattern(face.pattern) else {
                throw GraphicsError("Cairo cannot make a font of \(face.file)")
            }
            var kept = false
            defer { if !kept { cairo_font_face_destroy(fontFace) } }
            try CairoStatus.check(cairo_font_face_status(fontFace), "loading \(face.file)")
            // Making a scaled font opens the FreeType face; locking it checks that it did.
            guard let scaled = cairo_scaled_font_create(fontFace, &identity, &identity, options) else {
                throw GraphicsError("Cairo cannot scale \(face.file)")
            }
            defer { cairo_scaled_font_destroy(scaled) }
            try CairoStatus.check(cairo_scaled_font_status(scaled), "opening \(face.file)")
            guard cairo_ft_scaled_font_lock_face(scaled) != nil else { throw GraphicsError("FreeType cannot open \(face.file)") }
            cairo_ft_scaled_font_unlock_face(scaled)
            opened["\(face.file)\n\(face.index)"] = fontFace
            kept = true
        }
    }
}
