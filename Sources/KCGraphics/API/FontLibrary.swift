internal import CPangoCairo
import Foundation
import KCScene

/// The fonts of one folder (`Fonts/`), registered with a fontconfig configuration of
/// kcreport's own and handed to a Pango font map; shapes and measures text for the layout
/// and keeps the shaped text, so what is measured is what is drawn.
/// No system font is ever used, so a build looks the same on every machine.
/// Safe to use from any thread: its own lock serialises every call into its Pango objects.
/// Libraries share nothing of Pango's, so different libraries work at the same time; the
/// build lends each report one of the folder's shared libraries (`withShared`).
public final class FontLibrary: TextMeasurer, @unchecked Sendable {
    /// The family text is set in unless a style says otherwise.
    public let family: String
    /// The font files registered, by name.
    public var files: [String] { configuration.files }

    /// Held for every call into this library's Pango objects and for its caches.
    let lock: LibraryLock
    let configuration: FontConfiguration
    let fontMap: GObjectHandle
    let text: PangoText
    /// Loads the glyphs of text measured while a page is laid out into the fonts its PDF
    /// will draw them with, on another thread (`OnePagerPDF` runs its sessions).
    let primer = GlyphPrimer()
    /// What was shaped and measured, under `lock`. One report has a library to itself
    /// while it draws (`withShared`), so the lock is uncontended in a batch.
    private var layouts = BoundedCache<LayoutKey, GObjectHandle>(limit: 8192)
    private var widths = BoundedCache<LayoutKey, TextMeasure>(limit: 8192)
    private var wrapped = BoundedCache<LayoutKey, [String]>(limit: 8192)
    private var metricsCache: [TextStyle: FontMetrics] = [:]

    /// A shaped text's identity: colour does not change shaping, so it is left out.
    private struct LayoutKey: Hashable {
        var text: String
        var style: TextStyle
        var width: Double?

        init(_ text: String, style: TextStyle, width: Double?) {
            self.text = text
            self.style = style
            self.style.color = SceneColor(red: 0, green: 0, blue: 0)
            self.width = width
        }
    }

    /// Loads the fonts of `folder`; throws when the folder is missing or has no font of `family`.
    public init(folder: String, family: String = TextStyle.defaultFamily) throws {
        let lock = LibraryLock()
        (configuration, fontMap, text) = try FontSetupLock.withLock { try FontLibrary.load(folder: folder, family: family, lock: lock) }
        self.lock = lock
        self.family = family
    }

    /// Runs `body` with one of the shared libraries of `folder` lent to it alone, and takes
    /// the library back after. Setting up fontconfig and Pango and shaping text the first
    /// time costs more than drawing a page, so libraries are kept for the process; there
    /// are at most as many as cores, made only when every one is lent (a one-report build
    /// makes one), so that reports draw on every core at once. They are made again when a
    /// font file of the folder is added, removed or changed; but Cairo keeps the face it
    /// opened for a file's path for the process (`CairoFaces`), so a font replaced under the
    /// same name is measured anew and drawn from the old file until the process ends —
    /// which, for a build, is the same thing.
    public static func withShared<T>(folder: String, family: String = TextStyle.defaultFamily,
                                     _ body: (FontLibrary) throws -> T) throws -> T {
        try FontPool.of(folder: folder, family: family).withLibrary(body)
    }

    /// Makes the first shared library of `folder` and loads `styles` into it (`prepare`),
    /// for a build to call on another thread while its first report is loaded: the report
    /// then waits for this library rather than making a second. Does nothing when a report
    /// already made one.
    public static func warmUpShared(folder: String, family: String = TextStyle.defaultFamily, styles: [TextStyle]) throws {
        try FontPool.of(folder: folder, family: family).warmUp(styles)
    }

    /// Call with the FontSetupLock held.
    private static func load(folder: String, family: String, lock: LibraryLock) throws -> (FontConfiguration, GObjectHandle, PangoText) {
        let configuration = try FontConfiguration(folder: folder)
        guard !configuration.styles(of: family).isEmpty else {
            throw GraphicsError("\(folder): no font of the family “\(family)” (the folder has \(configuration.files.joined(separator: ", "))); run scripts/setup.sh to copy Inter into it", isConfiguration: true)
        }
        try CairoFaces.open(configuration)
        // Pango's font map starts FcInit in a thread, which loads the system's whole
        // configuration and fonts unless a current configuration exists; every first
        // shaping then waits for it. Ours is made current, so FcInit has nothing to do.
        // The current configuration is process-wide, hence the FontSetupLock. Nothing
        // else reads it — Pango 1.50 passes each font map's own configuration to
        // fontconfig, Cairo gets patterns that name the font file — so a library made
        // later may replace it while others draw (fontconfig takes its references under
        // its own lock).
        guard FcConfigSetCurrent(configuration.pointer) != 0 else {
            throw GraphicsError("fontconfig cannot use kcreport's configuration")
        }
        guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else {
            throw GraphicsError("Pango has no FreeType font map")
        }
        let fontMap = GObjectHandle(gpointer(map), lock: lock)
        pango_fc_font_map_set_config(OpaquePointer(fontMap.raw), configuration.pointer)
        // Points as units everywhere, like the context (`PangoText.makeContext`): Pango measures
        // each font's line height through contexts of the font map's own, which at the default
        // 96 dpi would ask fontconfig for every font a second time, as 7.5 pt at 96 dpi.
        pango_cairo_font_map_set_resolution(OpaquePointer(fontMap.raw), 72)
        return (configuration, fontMap, PangoText(context: try PangoText.makeContext(fontMap: fontMap)))
    }

    /// The styles the folder has of `family` ("Bold", "Regular" …).
    public func styles(of family: String) -> [String] {
        lock.withLock { configuration.styles(of: family) }
    }

    /// Text is shaped at this one size and scaled to the size asked for. Pango makes a
    /// fontset — a fontconfig sort over every font of the folder — for each size it meets,
    /// about a millisecond each; with hinting off, shapes scale exactly, so one size suffices.
    /// (A variable font with an optical-size axis would be drawn at its 10 pt design at
    /// every size; the fonts setup.sh installs have none.)
    static let referenceSize = 10.0

    /// The style at the reference size, and the factor from it to the size asked for.
    private static func atReferenceSize(_ style: TextStyle) -> (style: TextStyle, scale: Double) {
        (style.sized(referenceSize), style.size / referenceSize)
    }

    public func measure(_ string: String, style: TextStyle) throws -> TextMeasure {
        let key = LayoutKey(string, style: style, width: nil)
        return try lock.withLock {
            if let known = widths[key] { return known }
            let (layout, scale) = try layoutLocked(string, style: style)
            var missing: [Character] = []
            if PangoText.unknownGlyphs(layout) > 0 {
                let reference = FontLibrary.atReferenceSize(style).style
                for character in string where !character.isWhitespace && !missing.contains(character) {
                    if PangoText.unknownGlyphs(try text.layout(String(character), style: reference)) > 0 { missing.append(character) }
                }
            }
            let measure = TextMeasure(width: PangoText.width(layout) * scale, missing: missing)
            widths[key] = measure
            if missing.isEmpty, primer.isRunning { primer.add(GlyphPrimer.runs(of: layout, scale: scale)) }
            return measure
        }
    }

    public func lines(_ string: String, style: TextStyle, width: Double) throws -> [String] {
        let key = LayoutKey(string, style: style, width: width)
        return try lock.withLock {
            if let known = wrapped[key] { return known }
            let lines: [String]
            if let line = try oneLineLocked(string, style: style, width: width) {
                lines = line.isEmpty ? [] : [line]
            } else {
                lines = PangoText.lines(try layoutLocked(string, style: style, width: width).layout, text: string)
            }
            wrapped[key] = lines
            return lines
        }
    }

    /// `string` without its trailing spaces when it fits on one line of `width`, else nil.
    /// Most text does; the layout then sets it as a run from the unwrapped layout it has to
    /// shape anyway, and a wrapped layout (which Pango 1.50 shapes twice) is never made.
    /// Pango breaks a line only where it is wider than the width, both in Pango units at the
    /// reference size, so this is the line Pango would give. Text with a character that
    /// forces a break is left to Pango.
    private func oneLineLocked(_ string: String, style: TextStyle, width: Double) throws -> String? {
        guard !string.unicodeScalars.contains(where: FontLibrary.forcesBreak) else { return nil }
        let (layout, scale) = try layoutLocked(string, style: style)
        guard PangoText.units(PangoText.width(layout)) <= PangoText.units(width / scale) else { return nil }
        var line = string
        while line.last?.isWhitespace == true { line.removeLast() }
        return line
    }

    /// Line and paragraph separators, which end a line however wide it is.
    private static func forcesBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// The shaped layout of `string` at the reference size and the scale to draw it at,
    /// made once and kept: the layout measures a run and the renderers draw that same
    /// layout. Call with `lock` held, and use the layout only while holding it.
    func layoutLocked(_ string: String, style: TextStyle, width: Double? = nil) throws -> (layout: GObjectHandle, scale: Double) {
        let (reference, scale) = FontLibrary.atReferenceSize(style)
        let key = LayoutKey(string, style: reference, width: width.map { $0 / scale })
        if let known = layouts[key] { return (known, scale) }
        let layout = try text.layout(string, style: reference, width: key.width)
        layouts[key] = layout
        return (layout, scale)
    }

    public func metrics(_ style: TextStyle) throws -> FontMetrics {
        var (key, scale) = FontLibrary.atReferenceSize(style)
        key.color = SceneColor(red: 0, green: 0, blue: 0)
        let result = try lock.withLock {
            if let known = metricsCache[key] { return known }
            let result = try firstFontExtents(key)
            metricsCache[key] = result
            return result
        }
        return FontMetrics(ascent: result.ascent * scale, descent: result.descent * scale)
    }

    /// The ascent and descent of the first font of the style's fontset, which are what
    /// `pango_context_get_metrics` reports (`pangoMetrics`) and what a line of that font
    /// is tall: its empty glyph's logical extents. Pango's metrics would also shape the
    /// language's sample sentence and the ten digits, to estimate average widths (~0.3 ms
    /// a style, on the way to the first page). Call with `lock` held.
    private func firstFontExtents(_ style: TextStyle) throws -> FontMetrics {
        let description = try FontDescription(style)
        let language = pango_language_from_string(style.language ?? "en")
        guard let fontset = pango_context_load_fontset(text.context.opaque, description.pointer, language) else {
            throw GraphicsError("Pango has no font for \(style.family) at \(style.size) pt")
        }
        defer { g_object_unref(gpointer(fontset)) }
        var logical = PangoRectangle()
        pango_fontset_foreach(fontset, { _, font, data in
            guard let data else { return 1 }
            pango_font_get_glyph_extents(font, PANGO_GLYPH_EMPTY, nil, data.assumingMemoryBound(to: PangoRectangle.self))
            return 1  // the first font only
        }, &logical)
        guard logical.height > 0 else { throw GraphicsError("Pango has no font for \(style.family) at \(style.size) pt") }
        return FontMetrics(ascent: Double(-logical.y) / Double(PANGO_SCALE), descent: Double(logical.height + logical.y) / Double(PANGO_SCALE))
    }

    /// Pango's own metrics of `style` at the reference size; for the test that holds
    /// `metrics` to them.
    func pangoMetrics(_ style: TextStyle) throws -> FontMetrics {
        let key = FontLibrary.atReferenceSize(style).style
        return try lock.withLock {
            let font = try FontDescription(key)
            guard let metrics = pango_context_get_metrics(text.context.opaque, font.pointer, pango_language_from_string(key.language ?? "en")) else {
                throw GraphicsError("Pango has no metrics for \(key.family) at \(key.size) pt")
            }
            defer { pango_font_metrics_unref(metrics) }
            return FontMetrics(ascent: Double(pango_font_metrics_get_ascent(metrics)) / Double(PANGO_SCALE),
                               descent: Double(pango_font_metrics_get_descent(metrics)) / Double(PANGO_SCALE))
        }
    }
}

extension FontLibrary {
    /// Loads the fonts of `styles` — each first use of a typeface costs milliseconds
    /// (fontconfig's sort, HarfBuzz reading the font's tables) — so that it can happen
    /// while the build does other work, before the first page is laid out. A style in
    /// Chinese, Japanese or Korean loads only the CJK font: a local name in those
    /// languages seldom has Latin letters, whose font the layout then loads itself.
    public func prepare(_ styles: [TextStyle]) {
        for style in styles {
            let sample = style.language.map { $0.hasPrefix("zh") || $0.hasPrefix("ja") ? "中" : $0.hasPrefix("ko") ? "한" : "0 Ag" } ?? "0 Ag"
            _ = try? measure(sample, style: style)
        }
    }
}
