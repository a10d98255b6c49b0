import KCModel

/// A line of prose with markdown emphasis and escapes removed, remembering for
/// every character the column it had in the release, so figures found in the
/// clean text still point at the right place.
struct ProseText {
    let line: Int
    /// The clean text as UTF-8. Characters are kept as byte ranges of it rather
    /// than as `[Character]`: building and freeing `Character`s dominated reading prose.
    let utf8: [UInt8]
    /// Byte offset in `utf8` where each character starts, and one past the last.
    let offsets: [Int]
    /// 1-based column in the raw line of each character.
    let columns: [Int]
    /// Each character's byte when it is a single ASCII byte, else 0. Comparing
    /// these is far cheaper than comparing `Character`s, which the scanners do
    /// at every position.
    let ascii: [UInt8]

    /// The number of characters.
    var count: Int { ascii.count }
    var isEmpty: Bool { ascii.isEmpty }

    init(line: Int, raw: String) {
        self.line = line
        let split = ProseText.split(raw)
        // Most lines have no emphasis, escape or no-break space: the clean text is the raw one.
        guard ProseText.needsCleaning(split.utf8) else {
            utf8 = split.utf8
            offsets = split.offsets
            columns = Array(1..<(split.ascii.count + 1))
            ascii = split.ascii
            return
        }
        var bytes: [UInt8] = []
        var starts: [Int] = []
        var cols: [Int] = []
        var asciiBytes: [UInt8] = []
        bytes.reserveCapacity(split.utf8.count)
        starts.reserveCapacity(split.ascii.count + 1)
        cols.reserveCapacity(split.ascii.count)
        asciiBytes.reserveCapacity(split.ascii.count)
        let n = split.ascii.count
        var i = 0
        while i < n {
            let byte = split.ascii[i]
            let next = i + 1 < n ? split.ascii[i + 1] : 0
            if byte == UInt8(ascii: "*") && next == UInt8(ascii: "*") { i += 2; continue }
            if byte == UInt8(ascii: "\\") && next != 0 && ProseText.escapable.contains(next) { i += 1; continue }
            let range = split.offsets[i]..<split.offsets[i + 1]
            starts.append(bytes.count)
            if byte == 0 && split.utf8[range].elementsEqual(ProseText.noBreakSpace) {
                bytes.append(UInt8(ascii: " "))
                asciiBytes.append(UInt8(ascii: " "))
            } else if byte != 0 {
                bytes.append(byte)
                asciiBytes.append(byte)
            } else {
                bytes.append(contentsOf: split.utf8[range])
                asciiBytes.append(byte)
            }
            cols.append(i + 1)
            i += 1
        }
        starts.append(bytes.count)
        utf8 = bytes
        offsets = starts
        columns = cols
        ascii = asciiBytes
    }

    private init(line: Int, utf8: [UInt8], offsets: [Int], columns: [Int], ascii: [UInt8]) {
        self.line = line
        self.utf8 = utf8
        self.offsets = offsets
        self.columns = columns
        self.ascii = ascii
    }

    static let noBreakSpace: [UInt8] = Array("\u{A0}".utf8)

    /// Whether the bytes may hold "**", a backslash or a no-break space (whose
    /// second byte, 0xA0, is tested), which `init` removes or replaces.
    static func needsCleaning(_ bytes: [UInt8]) -> Bool {
        bytes.contains { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "\\") || $0 == 0xA0 }
    }

    /// A raw line's bytes, where each character starts in them, and each
    /// character's `asciiByte`. Splitting into characters runs grapheme breaking,
    /// which is slow on long lines; when every scalar is one that always stands
    /// alone as a character, each scalar is a character and its lead byte starts it.
    static func split(_ raw: String) -> (utf8: [UInt8], offsets: [Int], ascii: [UInt8]) {
        guard raw.unicodeScalars.allSatisfy(standsAlone) else { return splitCharacters(raw) }
        let bytes = Array(raw.utf8)
        var offsets: [Int] = []
        var ascii: [UInt8] = []
        offsets.reserveCapacity(bytes.count + 1)
        ascii.reserveCapacity(bytes.count)
        for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
            offsets.append(offset)
            ascii.append(byte < 0x80 ? byte : 0)
        }
        offsets.append(bytes.count)
        return (bytes, offsets, ascii)
    }

    /// `split` by grapheme breaking, for lines with joining scalars.
    private static func splitCharacters(_ raw: String) -> (utf8: [UInt8], offsets: [Int], ascii: [UInt8]) {
        var bytes: [UInt8] = []
        var offsets: [Int] = []
        var ascii: [UInt8] = []
        for character in raw {
            offsets.append(bytes.count)
            bytes.append(contentsOf: character.utf8)
            ascii.append(asciiByte(character))
        }
        offsets.append(bytes.count)
        return (bytes, offsets, ascii)
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

    /// The UTF-8 bytes of character `index`.
    func bytes(at index: Int) -> ArraySlice<UInt8> {
        utf8[offsets[index]..<offsets[index + 1]]
    }

    /// Character `index`; ASCII ones are made without decoding.
    func character(at index: Int) -> Character {
        let byte = ascii[index]
        if byte != 0 { return Character(Unicode.Scalar(byte)) }
        return String(decoding: bytes(at: index), as: UTF8.self).first ?? " "
    }

    /// Whether character `index` is exactly the character of `bytes` (one with
    /// no canonical equivalent, such as "“" or "−"), compared as UTF-8.
    func isCharacter(at index: Int, _ bytes: [UInt8]) -> Bool {
        self.bytes(at: index).elementsEqual(bytes)
    }

    /// Characters `range` as a string, cut from the UTF-8.
    func string(_ range: Range<Int>) -> String {
        String(decoding: utf8[offsets[range.lowerBound]..<offsets[range.upperBound]], as: UTF8.self)
    }

    /// The characters as a string.
    var text: String { String(decoding: utf8, as: UTF8.self) }

    func column(at index: Int) -> Int {
        index < columns.count ? columns[index] : (columns.last ?? 0) + 1
    }

    func slice(_ range: Range<Int>) -> ProseText {
        let base = offsets[range.lowerBound]
        let bytes = Array(utf8[base..<offsets[range.upperBound]])
        let starts = offsets[range.lowerBound...range.upperBound].map { $0 - base }
        return ProseText(line: line, utf8: bytes, offsets: starts, columns: Array(columns[range]), ascii: Array(ascii[range]))
    }

    func trimmed() -> ProseText {
        var lo = 0
        var hi = count
        while lo < hi, ascii[lo] == UInt8(ascii: " ") { lo += 1 }
        while hi > lo, ascii[hi - 1] == UInt8(ascii: " ") { hi -= 1 }
        if lo == 0 && hi == count { return self }
        return slice(lo..<hi)
    }

    /// `character(at:).isLetter`, answered from the ASCII byte when there is one.
    func isLetter(at index: Int) -> Bool {
        let byte = ascii[index]
        if byte == 0 { return character(at: index).isLetter }
        return (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
    }

    /// Whether character `index` is an ASCII digit (`isASCII && isNumber`).
    func isDigit(at index: Int) -> Bool {
        ascii[index] >= 48 && ascii[index] <= 57
    }

    /// A footnote marker such as "¹" or "†" (superscripts other than "*", none ASCII).
    func isMarker(at index: Int) -> Bool {
        ascii[index] == 0 && NumberParser.superscripts.contains(character(at: index))
    }

    static let closingQuote = Array("”".utf8)
    static let openingQuote = Array("“".utf8)

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
        let n = count
        while i < n {
            let ch = ascii[i]
            if ch == UInt8(ascii: ".") || ch == UInt8(ascii: "!") || ch == UInt8(ascii: "?") {
                var j = i + 1
                while j < n, isCharacter(at: j, ProseText.closingQuote) || ascii[j] == UInt8(ascii: "\"") || ascii[j] == UInt8(ascii: ")") { j += 1 }
                if j < n, ascii[j] == UInt8(ascii: " ") {
                    var k = j
                    while k < n, ascii[k] == UInt8(ascii: " ") { k += 1 }
                    if k < n, startsSentence(at: k) {
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
        return result.filter { !$0.isEmpty }
    }

    /// A capital, a number or an opening quote; ASCII answered from the byte.
    private func startsSentence(at index: Int) -> Bool {
        let byte = ascii[index]
        if byte != 0 { return (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57) }
        let character = character(at: index)
        return character.isUppercase || character.isNumber || character == "“"
    }

    private func endsAbbreviation(at dot: Int) -> Bool {
        var k = dot - 1
        while k >= 0, isLetter(at: k) || ascii[k] == UInt8(ascii: ".") { k -= 1 }
        let word = string((k + 1)..<dot).lowercased()
        if word.count == 1 { return true }
        return ProseText.abbreviations.contains(word)
    }
}
