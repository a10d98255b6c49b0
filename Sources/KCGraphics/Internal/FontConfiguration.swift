internal import CPangoCairo
import Foundation

/// Owns a fontconfig configuration that knows only the fonts of one folder, registered as
/// application fonts: no system configuration, no system fonts, the same fonts on every machine.
final class FontConfiguration {
    let pointer: OpaquePointer
    /// The font files registered, by file name, sorted.
    let files: [String]

    init(folder: String) throws {
        try GraphicsLibraries.load()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw GraphicsError("\(folder): the fonts folder does not exist; run scripts/setup.sh to copy Inter and a CJK fallback (Droid Sans Fallback) into it", isConfiguration: true)
        }
        guard let pointer = FcConfigCreate() else { throw GraphicsError("FcConfigCreate returned nothing") }
        self.pointer = pointer
        // Only a cache location: no font directories, no aliases, nothing from the system's configuration.
        // Without one, fontconfig scans the folder every time and complains that it cannot cache it.
        let cache = (NSTemporaryDirectory() as NSString).appendingPathComponent("kcreport-fontconfig-\(getuid())")
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
            <fontconfig>
              <cachedir prefix="xdg">fontconfig</cachedir>
              <cachedir>\(FontConfiguration.escaped(cache))</cachedir>
            </fontconfig>
            """
        guard FcConfigParseAndLoadFromMemory(pointer, xml, 1) != 0 else {
            FcConfigDestroy(pointer)
            throw GraphicsError("fontconfig rejected kcreport's configuration")
        }
        guard FcConfigAppFontAddDir(pointer, folder) != 0 else {
            FcConfigDestroy(pointer)
            throw GraphicsError("\(folder): fontconfig cannot read the fonts folder", isConfiguration: true)
        }
        let files = Set(FontConfiguration.faces(of: pointer).map { ($0.file as NSString).lastPathComponent }).sorted()
        guard !files.isEmpty else {
            FcConfigDestroy(pointer)
            throw GraphicsError("\(folder): no fonts in the fonts folder; run scripts/setup.sh to copy Inter and a CJK fallback (Droid Sans Fallback) into it", isConfiguration: true)
        }
        // Fully initialised from here: `deinit` destroys the configuration.
        self.files = files
    }

    /// Without a lock: fontconfig (≥ 2.13) counts a configuration's references atomically
    /// and releases the caches it used under its own lock; the font map holds its own reference.
    deinit {
        FcConfigDestroy(pointer)
    }

    /// Every face of the folder's fonts: file and index (a collection or a named instance
    /// has several), and fontconfig's pattern of it, owned by the configuration.
    func faces() -> [(file: String, index: Int32, pattern: OpaquePointer)] {
        FontConfiguration.faces(of: pointer)
    }

    private static func faces(of pointer: OpaquePointer) -> [(file: String, index: Int32, pattern: OpaquePointer)] {
        guard let set = FcConfigGetFonts(pointer, FcSetApplication) else { return [] }
        var faces: [(file: String, index: Int32, pattern: OpaquePointer)] = []
        for position in 0..<Int(set.pointee.nfont) {
            guard let font = set.pointee.fonts[position] else { continue }
            var file: UnsafeMutablePointer<FcChar8>?
            var index: Int32 = 0
            guard FcPatternGetString(font, FC_FILE, 0, &file) == FcResultMatch, let file else { continue }
            if FcPatternGetInteger(font, FC_INDEX, 0, &index) != FcResultMatch { index = 0 }
            faces.append((String(cString: file), index, font))
        }
        return faces
    }

    /// Text for an XML element's content.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// The styles ("Regular", "Bold" …) the folder has of `family`; empty when it has none.
    func styles(of family: String) -> [String] {
        guard let pattern = FcPatternCreate() else { return [] }
        defer { FcPatternDestroy(pattern) }
        _ = family.withCString { name in
            name.withMemoryRebound(to: FcChar8.self, capacity: family.utf8.count + 1) { FcPatternAddString(pattern, FC_FAMILY, $0) }
        }
        guard let objects = FcObjectSetCreate() else { return [] }
        defer { FcObjectSetDestroy(objects) }
        _ = FcObjectSetAdd(objects, FC_STYLE)
        guard let set = FcFontList(pointer, pattern, objects) else { return [] }
        defer { FcFontSetDestroy(set) }
        var styles: [String] = []
        for index in 0..<Int(set.pointee.nfont) {
            guard let font = set.pointee.fonts[index] else { continue }
            var style: UnsafeMutablePointer<FcChar8>?
            if FcPatternGetString(font, FC_STYLE, 0, &style) == FcResultMatch, let style {
                styles.append(String(cString: style))
            }
        }
        return styles.sorted()
    }
}
