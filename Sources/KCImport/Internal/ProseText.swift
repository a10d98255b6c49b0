import KCModel

/// A line of prose with markdown emphasis and escapes removed, remembering for
/// every character the column it had in the release, so figures found in the
/// clean text still point at the right place.
struct ProseText {
    let line: Int
    let characters: [Character]
    /// 1-based column in the raw line of each character.
    let columns: [Int]
    /// Each character's byte when it is a single ASCII byte, else 0. Comparing
    /// these is far cheaper than comparing `Character`s, which the scanners do
    /// at every position.
    let ascii: [UInt8]

    init(line: Int, raw: String) {
        self.line = line
        var chars: [Character] = []
        var cols: [Int] = []
        var bytes: [UInt8] = []
        let (rawChars, rawASCII) = ProseText.characters(of: raw)
        var i = 0
        while i < rawChars.count {
            let byte = rawASCII[i]
            let next = i + 1 < rawChars.count ? rawASCII[i + 1] : 0
            if byte == UInt8(ascii: "*") && next == UInt8(ascii: "*") { i += 2; continue }
            if byte == UInt8(ascii: "\\") && next != 0 && ProseText.escapable.contains(next) { i += 1; continue }
            if byte == 0 && ProseText.isScalar(rawChars[i], "\u{A0}") {
                chars.append(" ")
                bytes.append(UInt8(ascii: " "))
            } else {
                chars.append(rawChars[i])
                bytes.append(byte)
            }
            cols.append(i + 1)
            i += 1
        }
        characters = chars
        columns = cols
        ascii = bytes
    }

    private init(line: Int, characters: [Character], columns: [Int], ascii: [UInt8]) {
        self.line = line
        self.characters = characters
        self.columns = columns
        self.ascii = ascii
    }

    /// `Array(raw)` and each character's `asciiByte`. Splitting into characters
    /// runs grapheme breaking, which is slow on long lines; when every scalar is
    /// one that always stands alone as a character, one character per scalar is
    /// the same result, made faster.
    static func characters(of raw: String) -> (characters: [Character], ascii: [UInt8]) {
        guard raw.unicodeScalars.allSatisfy(standsAlone) else {
            let characters = Array(raw)
            return (characters, characters.map(asciiByte))
        }
        var characters: [Character] = []
        var ascii: [UInt8] = []
        characters.reserveCapacity(raw.utf8.count)
        ascii.reserveCapacity(raw.utf8.count)
        for scalar in raw.unicodeScalars {
            characters.append(Character(scalar))
            ascii.append(scalar.isASCII ? UInt8(scalar.value) : 0)
        }
        return (characters, ascii)
    }

    /// Scalars that never join a neighbour into one character: ASCII but the
    /// carriage return (which joins a following line feed), Latin-1 and Latin
    /// Extended letters and signs (before the combining marks at U+0300),
    /// general punctuation without the invisible joiners and format controls,
    /// superscripts and currency signs.
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0D: return false
        case 0x00...0x7F, 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2070...0x20CF: return true
        default: return false
        }
    }

    /// Characters a backslash escapes in markdown.
    static let escapable = Array("$*_[]()#".utf8)

    /// The character's byte when it is one ASCII byte ("\r\n" is two), else 0.
    static func asciiByte(_ character: Character) -> UInt8 {
        character.utf8.count == 1 ? character.utf8.first ?? 0 : 0
    }

    /// Whether `character` is exactly `scalar`; for scalars with no canonical
    /// equivalent this is `character == Character(scalar)`, without normalising.
    static func isScalar(_ character: Character, _ scalar: Unicode.Scalar) -> Bool {
        let scalars = character.unicodeScalars
        return scalars.first == scalar && scalars.count == 1
    }

    /// The characters as a string, joined as UTF-8 bytes: `String([Character])`
    /// appends one character at a time and was a hot spot.
    var text: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(characters.count)
        for (character, byte) in zip(characters, ascii) {
            if byte != 0 { bytes.append(byte) } else { bytes.append(contentsOf: character.utf8) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func column(at index: Int) -> Int {
        index < columns.count ? columns[index] : (columns.last ?? 0) + 1
    }

    func slice(_ range: Range<Int>) -> ProseText {
        ProseText(line: line, characters: Array(characters[range]), columns: Array(columns[range]), ascii: Array(ascii[range]))
    }

    func trimmed() -> ProseText {
        var lo = 0
        var hi = characters.count
        while lo < hi, ascii[lo] == UInt8(ascii: " ") { lo += 1 }
        while hi > lo, ascii[hi - 1] == UInt8(ascii: " ") { hi -= 1 }
        return slice(lo..<hi)
    }

    /// Abbreviations whose period does not end a sentence.
    static let abbreviations: Set<String> = ["mr", "ms", "mrs", "dr", "no", "u.s", "inc", "ltd", "co", "vs", "e.g", "i.e",
                                             "approx", "corp", "jr", "sr", "st", "a.m", "p.m", "jan", "feb", "aug", "sept",
                                             "sep", "oct", "nov", "dec"]

    /// Sentences: a full stop, "!" or "?" followed by a space and a capital, a
    /// digit or an opening quote ends one, unless it closes an abbreviation.
    func sentences() -> [ProseText] {
        var result: [ProseText] = []
        var start = 0
        var i = 0
        let n = characters.count
        while i < n {
            let ch = ascii[i]
            if ch == UInt8(ascii: ".") || ch == UInt8(ascii: "!") || ch == UInt8(ascii: "?") {
                var j = i + 1
                while j < n, ProseText.isScalar(characters[j], "”") || ascii[j] == UInt8(ascii: "\"") || ascii[j] == UInt8(ascii: ")") { j += 1 }
                if j < n, ascii[j] == UInt8(ascii: " ") {
                    var k = j
                    while k < n, ascii[k] == UInt8(ascii: " ") { k += 1 }
                    if k < n, characters[k].isUppercase || characters[k].isNumber || characters[k] == "“" {
                        if ch != UInt8(ascii: ".") || !endsAbbreviation(at: i) {
                            result.append(slice(start..<j).trimmed())
                            start = k
                            i = k
                            continue
                        }
                    }
                }
            }
            i += 1
        }
        if start < n { result.append(slice(start..<n).trimmed()) }
        return result.filter { !$0.characters.isEmpty }
    }

    private func endsAbbreviation(at dot: Int) -> Bool {
        var k = dot - 1
        while k >= 0, characters[k].isLetter || characters[k] == "." { k -= 1 }
        let word = String(characters[(k + 1)..<dot]).lowercased()
        if word.count == 1 { return true }
        return ProseText.abbreviations.contains(word)
    }
}
