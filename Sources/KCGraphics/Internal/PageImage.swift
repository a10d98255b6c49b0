internal import CCairo
import Foundation

/// A PNG's pixels as grey levels (0 black … 255 white), read by Cairo: for comparing a
/// drawn page with a recorded one, where antialiasing may differ by a level here and there
/// between machines but a moved or changed block shows.
struct PageImage {
    let width: Int
    let height: Int
    /// Row by row, one level per pixel.
    let grey: [UInt8]

    init(png: Data) throws {
        try GraphicsLibraries.load()
        let source = ByteSource(png)
        guard let surface = withExtendedLifetime(source, { cairo_image_surface_create_from_png_stream(ByteSource.read, source.closure) }) else {
            throw GraphicsError("cairo_image_surface_create_from_png_stream returned nothing")
        }
        defer { cairo_surface_destroy(surface) }
        try CairoStatus.check(cairo_surface_status(surface), "reading the PNG")
        cairo_surface_flush(surface)
        let format = cairo_image_surface_get_format(surface)
        guard format == CAIRO_FORMAT_RGB24 || format == CAIRO_FORMAT_ARGB32, let data = cairo_image_surface_get_data(surface) else {
            throw GraphicsError("the PNG is not in colour (Cairo format \(format.rawValue))")
        }
        width = Int(cairo_image_surface_get_width(surface))
        height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        var grey = [UInt8](repeating: 0, count: width * height)
        for row in 0..<height {
            // Native-endian 32-bit pixels, 0xAARRGGBB; the pages are opaque.
            let pixels = UnsafeRawPointer(data + row * stride)
            for column in 0..<width {
                let pixel = pixels.load(fromByteOffset: column * 4, as: UInt32.self)
                let red = (pixel >> 16) & 0xff, green = (pixel >> 8) & 0xff, blue = pixel & 0xff
                grey[row * width + column] = UInt8((red * 299 + green * 587 + blue * 114) / 1000)
            }
        }
        self.grey = grey
    }

    /// How `other` differs from this image, or nil when the sizes differ.
    struct Difference {
        /// The mean difference of grey levels over the page.
        var mean: Double
        /// The share of pixels that differ by more than a quarter of the range.
        var changed: Double
        /// The most pixels differing by more than an eighth of the range in any 16 × 16
        /// square: a changed figure is a handful of pixels, but all in one place.
        var worstSquare: Int
    }

    func difference(from other: PageImage) -> Difference? {
        guard width == other.width, height == other.height, !grey.isEmpty else { return nil }
        let side = 16
        let columns = (width + side - 1) / side
        var squares = [Int](repeating: 0, count: columns * ((height + side - 1) / side))
        var total = 0
        var changed = 0
        for row in 0..<height {
            for column in 0..<width {
                let index = row * width + column
                let delta = abs(Int(grey[index]) - Int(other.grey[index]))
                total += delta
                if delta > 64 { changed += 1 }
                if delta > 32 { squares[(row / side) * columns + column / side] += 1 }
            }
        }
        return Difference(mean: Double(total) / Double(grey.count), changed: Double(changed) / Double(grey.count),
                          worstSquare: squares.max() ?? 0)
    }
}

/// Hands Cairo the bytes of a PNG through its stream callback.
private final class ByteSource {
    let data: Data
    var offset = 0

    init(_ data: Data) {
        self.data = data
    }

    /// The C callback Cairo calls for each chunk; `closure` is an unretained `ByteSource`.
    static let read: cairo_read_func_t = { closure, bytes, length in
        guard let closure, let bytes else { return CAIRO_STATUS_READ_ERROR }
        let source = Unmanaged<ByteSource>.fromOpaque(closure).takeUnretainedValue()
        let count = Int(length)
        guard source.offset + count <= source.data.count else { return CAIRO_STATUS_READ_ERROR }
        let start = source.data.startIndex + source.offset
        source.data.copyBytes(to: bytes, from: start..<start + count)
        source.offset += count
        return CAIRO_STATUS_SUCCESS
    }

    /// The closure pointer to pass with `read`; valid while the source is alive.
    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}
