import Foundation
import KCModel

/// Finds the figures a sentence states: amounts with a currency
/// ("RMB1,885.6 million", "US$268.7¹ million", "RMB-45.4 million"),
/// percentages ("16.0%", "-2.8%"), percentage points ("18.4 percentage points")
/// and counts written with thousands separators ("3,621,895,582").
enum FigureScanner {
    static let scaleWords: [(word: String, scale: Decimal)] = [
        ("billion", 1_000_000_000), ("million", 1_000_000), ("thousand", 1_000), ("bn", 1_000_000_000), ("mn", 1_000_000),
    ]
    static let pointWords: [(word: String, scale: Decimal)] = [
        ("percentage points", Decimal(string: "0.01") ?? 0), ("percentage point", Decimal(string: "0.01") ?? 0),
        ("pp", Decimal(string: "0.01") ?? 0), ("ppts", Decimal(string: "0.01") ?? 0),
        ("basis points", Decimal(string: "0.0001") ?? 0), ("bps", Decimal(string: "0.0001") ?? 0),
    ]

    static func figures(in sentence: ProseText, file: String) -> [ProseFigure] {
        let ascii = sentence.ascii
        let n = sentence.count
        var figures: [ProseFigure] = []
        var i = 0
        while i < n {
            // An amount: currency sign, optional minus, number, optional scale word.
            if i == 0 || !sentence.isLetter(at: i - 1), let (code, afterSign) = currency(at: i, in: sentence) {
                var j = afterSign
                while j < n, ascii[j] == UInt8(ascii: " ") { j += 1 }
                var negative = false
                if j < n, ascii[j] == UInt8(ascii: "-") || sentence.isCharacter(at: j, minusSign) { negative = true; j += 1 }
                if let number = readNumber(at: j, in: sentence) {
                    var k = skipMarkers(from: number.end, in: sentence)
                    var scale: Decimal = 1
                    var m = k
                    while m < n, ascii[m] == UInt8(ascii: " ") { m += 1 }
                    if let word = matchWord(at: m, in: sentence, from: scaleWords) {
                        scale = word.scale
                        k = word.end
                    }
                    let value = (negative ? -number.value : number.value) * scale
                    figures.append(ProseFigure(kind: .amount, value: value, precision: halfUnit(decimals: number.decimals) * scale,
                                               currency: code, text: sentence.string(i..<k),
                                               source: SourceLocation(file: file, line: sentence.line, column: sentence.column(at: i))))
                    i = k
                    continue
                }
            }
            // A bare number: a percentage, percentage points, or a grouped count.
            if isDigit(ascii[i]), i == 0 || !continuesNumber(at: i - 1, in: sentence) {
                let negative = i > 0 && (ascii[i - 1] == UInt8(ascii: "-") || sentence.isCharacter(at: i - 1, minusSign))
                    && (i == 1 || ascii[i - 2] == UInt8(ascii: " ") || ascii[i - 2] == UInt8(ascii: "("))
                let start = negative ? i - 1 : i
                if let number = readNumber(at: i, in: sentence) {
                    var k = skipMarkers(from: number.end, in: sentence)
                    var m = k
                    while m < n, ascii[m] == UInt8(ascii: " ") { m += 1 }
                    let signed = negative ? -number.value : number.value
                    let location = SourceLocation(file: file, line: sentence.line, column: sentence.column(at: start))
                    if m < n, ascii[m] == UInt8(ascii: "%") {
                        k = m + 1
                        figures.append(ProseFigure(kind: .percent, value: NumberParser.shifted(signed, by: -2),
                                                   precision: NumberParser.shifted(halfUnit(decimals: number.decimals), by: -2),
                                                   currency: nil, text: sentence.string(start..<k), source: location))
                    } else if let word = matchWord(at: m, in: sentence, from: pointWords) {
                        k = word.end
                        figures.append(ProseFigure(kind: .percentagePoints, value: signed * word.scale,
                                                   precision: halfUnit(decimals: number.decimals) * word.scale,
                                                   currency: nil, text: sentence.string(start..<k), source: location))
                    } else if number.grouped {
                        figures.append(ProseFigure(kind: .count, value: signed, precision: halfUnit(decimals: number.decimals),
                                                   currency: nil, text: sentence.string(start..<k), source: location))
                    } else {
                        k = number.end
                    }
                    i = k
                    continue
                }
            }
            i += 1
        }
        return figures
    }

    /// U+2212, printed for negative figures.
    static let minusSign = Array("−".utf8)

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    /// Whether a digit after character `index` continues a word or number rather than starting one.
    static func continuesNumber(at index: Int, in text: ProseText) -> Bool {
        let byte = text.ascii[index]
        if byte == 0 {
            let character = text.character(at: index)
            return character.isLetter || character.isNumber
        }
        return text.isLetter(at: index) || isDigit(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")
    }

    struct Number {
        var value: Decimal
        var decimals: Int
        var grouped: Bool
        var end: Int
    }

    /// Digits with optional comma groups of three and a decimal fraction.
    static func readNumber(at start: Int, in text: ProseText) -> Number? {
        let ascii = text.ascii
        let n = ascii.count
        var j = start
        var digits: [UInt8] = []
        var grouped = false
        while j < n, isDigit(ascii[j]) { digits.append(ascii[j]); j += 1 }
        guard !digits.isEmpty else { return nil }
        while j + 3 < n, ascii[j] == UInt8(ascii: ","),
              isDigit(ascii[j + 1]), isDigit(ascii[j + 2]), isDigit(ascii[j + 3]),
              j + 4 >= n || !isDigit(ascii[j + 4]) {
            digits.append(contentsOf: ascii[(j + 1)...(j + 3)])
            grouped = true
            j += 4
        }
        var decimals = 0
        if j + 1 < n, ascii[j] == UInt8(ascii: "."), isDigit(ascii[j + 1]) {
            j += 1
            while j < n, isDigit(ascii[j]) { digits.append(ascii[j]); decimals += 1; j += 1 }
        }
        let digitText = Substring(String(decoding: digits, as: UTF8.self))
        guard let value = NumberParser.decimal(digits: digitText, exponent: -decimals) else { return nil }
        return Number(value: value, decimals: decimals, grouped: grouped, end: j)
    }

    static func halfUnit(decimals: Int) -> Decimal {
        NumberParser.shifted(5, by: -(decimals + 1))
    }

    static func skipMarkers(from index: Int, in text: ProseText) -> Int {
        var k = index
        while k < text.count, text.isMarker(at: k) { k += 1 }
        return k
    }

    /// Lead bytes of the printed currency forms, to skip most positions at once.
    /// A table indexed by byte rather than a `Set`: this is asked at every position of every sentence.
    static let currencyLeadBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for entry in CurrencySymbols.printedLongestFirst { if let lead = entry.printed.utf8.first { table[Int(lead)] = true } }
        return table
    }()
    /// Each printed form as the UTF-8 of its characters.
    static let currencyForms = CurrencySymbols.printedLongestFirst.map { entry in
        (characters: entry.printed.map { Array($0.utf8) }, code: entry.code)
    }

    static func currency(at index: Int, in text: ProseText) -> (code: String, end: Int)? {
        guard index < text.count, let lead = text.bytes(at: index).first, currencyLeadBytes[Int(lead)] else { return nil }
        let ascii = text.ascii
        let n = text.count
        for form in currencyForms {
            let end = index + form.characters.count
            guard end <= n else { continue }
            var matches = true
            for k in 0..<form.characters.count where !text.isCharacter(at: index + k, form.characters[k]) { matches = false; break }
            guard matches else { continue }
            // The sign must be followed by a number (allowing a space or a minus).
            var j = end
            while j < n, ascii[j] == UInt8(ascii: " ") { j += 1 }
            if j < n, ascii[j] == UInt8(ascii: "-") { j += 1 }
            guard j < n, isDigit(ascii[j]) else { continue }
            return (form.code, end)
        }
        return nil
    }

    static func matchWord(at index: Int, in text: ProseText, from words: [(word: String, scale: Decimal)]) -> (scale: Decimal, end: Int)? {
        for entry in words {
            let word = Array(entry.word.utf8)
            let end = index + word.count
            guard end <= text.count, matches(text, index..<end, lowercasedWord: word) else { continue }
            if end < text.count, text.isLetter(at: end) { continue }
            return (entry.scale, end)
        }
        return nil
    }

    /// `text.string(range).lowercased()` equals the ASCII `word`, compared per
    /// character on bytes; any non-ASCII character takes the exact, slower comparison.
    static func matches(_ text: ProseText, _ range: Range<Int>, lowercasedWord word: [UInt8]) -> Bool {
        var k = 0
        for index in range {
            let byte = text.ascii[index]
            if byte == 0 { return text.string(range).lowercased() == String(decoding: word, as: UTF8.self) }
            let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
            if lower != word[k] { return false }
            k += 1
        }
        return true
    }
}
