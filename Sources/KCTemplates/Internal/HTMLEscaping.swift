/// HTML escaping of `{{name}}` values: `&`, `<`, `>`, `"` and `'` become `&amp;`, `&lt;`,
/// `&gt;`, `&quot;` and `&#39;`, the entities swift-mustache writes. Unlike swift-mustache,
/// which compares whole characters, every such byte is escaped, also one a combining mark
/// or a prepended mark joins into a larger character: `"` + U+0301 would otherwise end an
/// attribute value unescaped, and U+0600 + `<script>` would open a tag.
enum HTMLEscaping {
    static func append(_ text: String, to output: inout String) {
        let utf8 = text.utf8
        let needsEscaping = utf8.withContiguousStorageIfAvailable { $0.contains(where: isSpecial) } ?? utf8.contains(where: isSpecial)
        guard needsEscaping else {
            output += text
            return
        }
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            if let entity = entity(utf8[index]) {
                output += Substring(utf8[runStart..<index])
                output += entity
                runStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        output += Substring(utf8[runStart...])
    }

    static func escape(_ text: String) -> String {
        var output = ""
        append(text, to: &output)
        return output
    }

    private static func isSpecial(_ byte: UInt8) -> Bool { entity(byte) != nil }

    private static func entity(_ byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "&"): return "&amp;"
        case UInt8(ascii: "<"): return "&lt;"
        case UInt8(ascii: ">"): return "&gt;"
        case UInt8(ascii: "\""): return "&quot;"
        case UInt8(ascii: "'"): return "&#39;"
        default: return nil
        }
    }
}
