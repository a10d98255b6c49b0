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
        let chars = sentence.characters
        let ascii = sentence.ascii
        let n = chars.count
        var figures: [ProseFigure] = []
        var i = 0
        while i < n {
            // An amount: currency sign, optional minus, number, optional scale word.
            if i == 0 || !isLetter(at: i - 1, chars, ascii), let (code, afterSign) = currency(at: i, in: chars) {
                var j = afterSign
                while j < n, chars[j] == " " { j += 1 }
                var negative = false
                if j < n, chars[j] == "-" || chars[j] == "−" { negative = true; j += 1 }
                if let number = readNumber(at: j, in: chars) {
                    var k = skipMarkers(from: number.end, in: chars)
                    var scale: Decimal = 1
                    var m = k
                    while m < n, chars[m] == " " { m += 1 }
                    if let word = matchWord(at: m, in: chars, from: scaleWords) {
                        scale = word.scale
                        k = word.end
                    }
                    let value = (negative ? -number.value : number.value) * scale
                    figures.append(ProseFigure(kind: .amount, value: value, precision: halfUnit(decimals: number.decimals) * scale,
                                               currency: code, text: String(chars[i..<k]),
                                               source: SourceLocation(file: file, line: sentence.line, column: sentence.column(at: i))))
                    i = k
                    continue
                }
            }
            // A bare number: a percentage, percentage points, or a grouped count.
            if isDigit(ascii[i]), i == 0 || !continuesNumber(at: i - 1, chars, ascii) {
                let negative = i > 0 && (ascii[i - 1] == UInt8(ascii: "-") || ProseText.isScalar(chars[i - 1], "−"))
                    && (i == 1 || ascii[i - 2] == UInt8(ascii: " ") || ascii[i - 2] == UInt8(ascii: "("))
                let start = negative ? i - 1 : i
                if let number = readNumber(at: i, in: chars) {
                    var k = skipMarkers(from: number.end, in: chars)
                    var m = k
                    while m < n, chars[m] == " " { m += 1 }
                    let signed = negative ? -number.value : number.value
                    let location = SourceLocation(file: file, line: sentence.line, column: sentence.column(at: start))
                    if m < n, chars[m] == "%" {
                        k = m + 1
                        figures.append(ProseFigure(kind: .percent, value: NumberParser.shifted(signed, by: -2),
                                                   precision: NumberParser.shifted(halfUnit(decimals: number.decimals), by: -2),
                                                   currency: nil, text: String(chars[start..<k]), source: location))
                    } else if let word = matchWord(at: m, in: chars, from: pointWords) {
                        k = word.end
                        figures.append(ProseFigure(kind: .percentagePoints, value: signed * word.scale,
                                                   precision: halfUnit(decimals: number.decimals) * word.scale,
                                                   currency: nil, text: String(chars[start..<k]), source: location))
                    } else if number.grouped {
                        figures.append(ProseFigure(kind: .count, value: signed, precision: halfUnit(decimals: number.decimals),
                                                   currency: nil, text: String(chars[start..<k]), source: location))
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

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    /// `chars[index].isLetter`, answered from the ASCII byte when there is one.
    static func isLetter(at index: Int, _ chars: [Character], _ ascii: [UInt8]) -> Bool {
        let byte = ascii[index]
        if byte == 0 { return chars[index].isLetter }
        return (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
    }

    /// Whether a digit after `chars[index]` continues a word or number rather than starting one.
    static func continuesNumber(at index: Int, _ chars: [Character], _ ascii: [UInt8]) -> Bool {
        let byte = ascii[index]
        if byte == 0 { return chars[index].isLetter || chars[index].isNumber }
        return isLetter(at: index, chars, ascii) || isDigit(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")
    }

    struct Number {
        var value: Decimal
        var decimals: Int
        var grouped: Bool
        var end: Int
    }

    /// Digits with optional comma groups of three and a decimal fraction.
    static func readNumber(at start: Int, in chars: [Character]) -> Number? {
        let n = chars.count
        var j = start
        var digits = ""
        var grouped = false
        while j < n, chars[j].isASCII, chars[j].isNumber { digits.append(chars[j]); j += 1 }
        guard !digits.isEmpty else { return nil }
        while j + 3 < n, chars[j] == ",",
              (1...3).allSatisfy({ chars[j + $0].isASCII && chars[j + $0].isNumber }),
              j + 4 >= n || !(chars[j + 4].isASCII && chars[j + 4].isNumber) {
            digits += String(chars[(j + 1)...(j + 3)])
            grouped = true
            j += 4
        }
        var decimals = 0
        if j + 1 < n, chars[j] == ".", chars[j + 1].isASCII, chars[j + 1].isNumber {
            j += 1
            while j < n, chars[j].isASCII, chars[j].isNumber { digits.append(chars[j]); decimals += 1; j += 1 }
        }
        guard let value = NumberParser.decimal(digits: Substring(digits), exponent: -decimals) else { return nil }
        return Number(value: value, decimals: decimals, grouped: grouped, end: j)
    }

    static func halfUnit(decimals: Int) -> Decimal {
        NumberParser.shifted(5, by: -(decimals + 1))
    }

    static func skipMarkers(from index: Int, in chars: [Character]) -> Int {
        var k = index
        while k < chars.count, NumberParser.superscripts.contains(chars[k]), chars[k] != "*" { k += 1 }
        return k
    }

    /// First characters of the printed currency forms, to skip most positions at once.
    static let currencyInitials = Set(CurrencySymbols.printedLongestFirst.compactMap(\.printed.first))
    static let currencyForms = CurrencySymbols.printedLongestFirst.map { (chars: Array($0.printed), code: $0.code) }

    static func currency(at index: Int, in chars: [Character]) -> (code: String, end: Int)? {
        guard currencyInitials.contains(chars[index]) else { return nil }
        for form in currencyForms {
            let end = index + form.chars.count
            guard end <= chars.count else { continue }
            var matches = true
            for k in 0..<form.chars.count where chars[index + k] != form.chars[k] { matches = false; break }
            guard matches else { continue }
            // The sign must be followed by a number (allowing a space or a minus).
            var j = end
            while j < chars.count, chars[j] == " " { j += 1 }
            if j < chars.count, chars[j] == "-" { j += 1 }
            guard j < chars.count, chars[j].isASCII, chars[j].isNumber else { continue }
            return (form.code, end)
        }
        return nil
    }

    static func matchWord(at index: Int, in chars: [Character], from words: [(word: String, scale: Decimal)]) -> (scale: Decimal, end: Int)? {
        for entry in words {
            let word = Array(entry.word.utf8)
            let end = index + word.count
            guard end <= chars.count, matches(chars[index..<end], lowercasedWord: word) else { continue }
            if end < chars.count, chars[end].isLetter { continue }
            return (entry.scale, end)
        }
        return nil
    }

    /// `String(text).lowercased()` equals the ASCII `word`, compared per character
    /// on bytes; any non-ASCII character takes the exact, slower comparison.
    static func matches(_ text: ArraySlice<Character>, lowercasedWord word: [UInt8]) -> Bool {
        var k = 0
        for character in text {
            let byte = ProseText.asciiByte(character)
            if byte == 0 { return String(text).lowercased() == String(decoding: word, as: UTF8.self) }
            let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
            if lower != word[k] { return false }
            k += 1
        }
        return true
    }
}
