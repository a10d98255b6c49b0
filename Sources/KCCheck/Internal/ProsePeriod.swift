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

    /// The earliest period phrase in `text`, if any.
    static func first(in text: String) -> ProsePeriod? {
        let lower = text.lowercased()
        var best: (offset: Int, period: ProsePeriod)?
        func consider(_ range: Range<String.Index>?, _ period: ProsePeriod?) {
            guard let range, let period else { return }
            // Byte offsets order the phrases as character offsets do: each starts with an ASCII letter.
            let offset = lower.byteOffset(range.lowerBound)
            if best == nil || offset < (best?.offset ?? Int.max) { best = (offset, period) }
        }
        for marker in ["as of ", "as at "] {
            if let range = lower.byteRange(of: marker) {
                consider(range, proseDate(String(text[range.upperBound...])).map(ProsePeriod.instant))
            }
        }
        for (word, number) in ordinals {
            if let range = lower.byteRange(of: "\(word) quarter of ") {
                consider(range, year(after: lower[range.upperBound...]).map { ProsePeriod.quarter(number: number, year: $0) })
            }
        }
        for marker in ["same quarter of ", "same period in ", "same period of ", "same quarter in "] {
            if let range = lower.byteRange(of: marker) {
                consider(range, year(after: lower[range.upperBound...]).map(ProsePeriod.sameQuarter))
            }
        }
        for phrase in yearAgoPhrases { consider(lower.byteRange(of: phrase), .yearAgo) }
        for phrase in priorQuarterPhrases { consider(lower.byteRange(of: phrase), .priorQuarter) }
        for phrase in currentPhrases { consider(lower.byteRange(of: phrase), .current) }
        return best?.period
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
