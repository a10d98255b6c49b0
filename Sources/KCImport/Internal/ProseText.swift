import KCModel

/// A line of prose with markdown emphasis and escapes removed, remembering for
/// every character the column it had in the release, so figures found in the
/// clean text still point at the right place.
struct ProseText {
    let line: Int
    let characters: [Character]
    /// 1-based column in the raw line of each character.
    let columns: [Int]

    init(line: Int, raw: String) {
        self.line = line
        var chars: [Character] = []
        var cols: [Int] = []
        let rawChars = Array(raw)
        var i = 0
        while i < rawChars.count {
            let ch = rawChars[i]
            if ch == "*" && i + 1 < rawChars.count && rawChars[i + 1] == "*" { i += 2; continue }
            if ch == "\\" && i + 1 < rawChars.count && "$*_[]()#".contains(rawChars[i + 1]) { i += 1; continue }
            chars.append(ch == "\u{A0}" ? " " : ch)
            cols.append(i + 1)
            i += 1
        }
        characters = chars
        columns = cols
    }

    private init(line: Int, characters: [Character], columns: [Int]) {
        self.line = line
        self.characters = characters
        self.columns = columns
    }

    var text: String { String(characters) }

    func column(at index: Int) -> Int {
        index < columns.count ? columns[index] : (columns.last ?? 0) + 1
    }

    func slice(_ range: Range<Int>) -> ProseText {
        ProseText(line: line, characters: Array(characters[range]), columns: Array(columns[range]))
    }

    func trimmed() -> ProseText {
        var lo = 0
        var hi = characters.count
        while lo < hi, characters[lo] == " " { lo += 1 }
        while hi > lo, characters[hi - 1] == " " { hi -= 1 }
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
            let ch = characters[i]
            if ch == "." || ch == "!" || ch == "?" {
                var j = i + 1
                while j < n, characters[j] == "”" || characters[j] == "\"" || characters[j] == ")" { j += 1 }
                if j < n, characters[j] == " " {
                    var k = j
                    while k < n, characters[k] == " " { k += 1 }
                    if k < n, characters[k].isUppercase || characters[k].isNumber || characters[k] == "“" {
                        if ch != "." || !endsAbbreviation(at: i) {
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
