import Foundation
import KCModel

/// The period a phrase of prose names, relative to the period the release reports:
/// "in the same quarter of 2023", "last quarter", "as of June 30, 2024".
enum ProsePeriod {
    case current
    case yearAgo
    case priorQuarter
    case quarter(number: Int, year: Int)
    case sameQuarter(year: Int)
    case instant(Day)

    static let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4]
    static let yearAgoPhrases = ["same quarter last year", "same period last year", "same quarter of last year",
                                 "same period of last year", "year-over-year", "year over year", "year-on-year", "a year ago",
                                 "a year earlier", "prior year period", "prior-year period", "prior-year quarter"]
    static let priorQuarterPhrases = ["last quarter", "previous quarter", "prior quarter", "preceding quarter",
                                      "quarter-over-quarter", "quarter-on-quarter", "sequential"]
    static let currentPhrases = ["this quarter", "the quarter", "current quarter"]

    /// What a phrase `first(in:)` looks for names: a date or year follows some of them.
    enum Phrase {
        case date
        case quarter(number: Int)
        case sameQuarter
        case fixed(ProsePeriod)
    }

    /// Every phrase `first(in:)` looks for, as bytes, in the order it prefers phrases found at the same place.
    static let phrases: [(bytes: [UInt8], phrase: Phrase)] = {
        var list: [(String, Phrase)] = [("as of ", .date), ("as at ", .date)]
        list += ordinals.map { ("\($0.key) quarter of ", .quarter(number: $0.value)) }
        list += ["same quarter of ", "same period in ", "same period of ", "same quarter in "].map { ($0, .sameQuarter) }
        list += yearAgoPhrases.map { ($0, .fixed(.yearAgo)) }
        list += priorQuarterPhrases.map { ($0, .fixed(.priorQuarter)) }
        list += currentPhrases.map { ($0, .fixed(.current)) }
        return list.map { (Array($0.0.utf8), $0.1) }
    }()

    /// Indices into `phrases` by first byte, so the scan tries only phrases that can start at a byte.
    static let phrasesByFirstByte: [[Int]] = {
        var table = [[Int]](repeating: [], count: 256)
        for (index, entry) in phrases.enumerated() { table[Int(entry.bytes[0])].append(index) }
        return table
    }()

    /// The earliest period phrase in `text`, if any. Each phrase counts at its first
    /// occurrence only; at the same place, the phrase listed first in `phrases` wins.
    static func first(in text: String) -> ProsePeriod? {
        var lower = text.lowercased()
        let copy = lower
        // One pass over the bytes instead of a substring search per phrase.
        return lower.withUTF8 { bytes in
            var tried = [Bool](repeating: false, count: phrases.count)
            for offset in bytes.indices {
                for index in phrasesByFirstByte[Int(bytes[offset])] where !tried[index] {
                    let needle = phrases[index].bytes
                    guard bytes.count - offset >= needle.count, matches(needle, in: bytes, at: offset) else { continue }
                    tried[index] = true
                    let end = copy.utf8.index(copy.utf8.startIndex, offsetBy: offset + needle.count)
                    if let period = period(phrases[index].phrase, text: text, lower: copy, after: end) { return period }
                }
            }
            return nil
        }
    }

    static func matches(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        var k = 0
        while k < needle.count, bytes[offset + k] == needle[k] { k += 1 }
        return k == needle.count
    }

    /// The period a phrase found in `lower` (ending at `end`) names, or nil when the date or year after it does not read.
    static func period(_ phrase: Phrase, text: String, lower: String, after end: String.Index) -> ProsePeriod? {
        switch phrase {
        case .date: return proseDate(String(text[end...])).map(ProsePeriod.instant)
        case .quarter(let number): return year(after: lower[end...]).map { ProsePeriod.quarter(number: number, year: $0) }
        case .sameQuarter: return year(after: lower[end...]).map(ProsePeriod.sameQuarter)
        case .fixed(let period): return period
        }
    }

    static func year(after text: Substring) -> Int? {
        let digits = text.prefix(4)
        guard digits.count == 4, digits.allSatisfy(\.isNumber) else { return nil }
        return Int(digits)
    }

    /// "June 30, 2024" at the start of `text`.
    static func proseDate(_ text: String) -> Day? {
        let words = text.split(separator: " ", maxSplits: 3)
        let months = ["january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
                      "september": 9, "october": 10, "november": 11, "december": 12]
        guard words.count >= 3, let month = months[words[0].lowercased()],
              let day = Int(words[1].trimmingCharacters(in: CharacterSet(charactersIn: ","))),
              let year = Int(words[2].prefix(4)), (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// The period this phrase names for a release reporting `fiscal`; `instant`
    /// for balances, which are read at the end of the named period.
    func resolve(fiscal: Period, instant: Bool) -> Period {
        let duration: Period
        switch self {
        case .current: duration = fiscal
        case .yearAgo: duration = ProsePeriod.shift(fiscal, years: -1)
        case .sameQuarter(let year): duration = ProsePeriod.shift(fiscal, years: year - fiscal.end.year)
        case .priorQuarter:
            let end = ProsePeriod.startDay(fiscal).previous
            duration = .duration(start: end.startOfPeriod(months: 3), end: end)
        case .quarter(let number, let year):
            let endMonth = number * 3
            let end = Day(year: year, month: endMonth, day: Day.daysIn(month: endMonth, year: year))
            duration = .duration(start: end.startOfPeriod(months: 3), end: end)
        case .instant(let day):
            return .instant(day)
        }
        return instant ? .instant(duration.end) : duration
    }

    static func startDay(_ period: Period) -> Day {
        if case .duration(let start, _) = period { return start }
        return period.end
    }

    static func shift(_ period: Period, years: Int) -> Period {
        func move(_ day: Day) -> Day {
            let year = day.year + years
            let isMonthEnd = day.day == Day.daysIn(month: day.month, year: day.year)
            return Day(year: year, month: day.month, day: isMonthEnd ? Day.daysIn(month: day.month, year: year) : min(day.day, Day.daysIn(month: day.month, year: year)))
        }
        switch period {
        case .duration(let start, let end): return .duration(start: move(start), end: move(end))
        case .instant(let day): return .instant(move(day))
        }
    }
}
