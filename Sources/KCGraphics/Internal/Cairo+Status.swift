internal import CCairo

/// Turns a Cairo status into a `GraphicsError` naming the operation, in one place.
enum CairoStatus {
    static func check(_ status: cairo_status_t, _ operation: String) throws {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        throw GraphicsError("\(operation) failed: \(String(cString: cairo_status_to_string(status)))")
    }
}
