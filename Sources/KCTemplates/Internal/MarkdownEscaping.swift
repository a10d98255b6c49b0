/// Escaping for values placed in GitHub-flavoured Markdown: characters that would start
/// markup, a table cell boundary, raw HTML or an entity are backslash-escaped, so that
/// `<script>` shows as text and `R&D` stays `R&D`.
enum MarkdownEscaping {
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~"]

    static func escape(_ text: String) -> String {
        // Most values ("RMB1,885.6 million") have none of the ASCII bytes that escaping is
        // about; those come back as they are without walking their characters.
        let needsEscaping = text.utf8.withContiguousStorageIfAvailable { $0.contains(where: isSpecialOrAmpersand) }
            ?? text.utf8.contains(where: isSpecialOrAmpersand)
        guard needsEscaping else { return text }
        var out = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if special.contains(character) {
                out += "\\"
            } else if character == "&", looksLikeEntity(characters, from: index) {
                out += "\\"
            }
            out.append(character)
        }
        return out
    }

    /// A byte that is one of `special` or `&` (each a single ASCII byte in UTF-8).
    static func isSpecialOrAmpersand(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "&"):
            return true
        default:
            return false
        }
    }

    /// `&amp;`, `&#39;`: an ampersand a Markdown renderer would read as an entity.
    static func looksLikeEntity(_ characters: [Character], from index: Int) -> Bool {
        var position = index + 1
        while position < characters.count, position - index <= 32 {
            let character = characters[position]
            if character == ";" { return position > index + 1 }
            guard character.isLetter || character.isNumber || character == "#" else { return false }
            position += 1
        }
        return false
    }
}
