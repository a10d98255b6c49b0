import Foundation
import KCModel

/// Reads a table's column headers — period groups ("Three Months Ended") over
/// dates over currencies, in one to three rows or combined in one cell — into
/// one period and currency per value column.
struct ColumnHeaders {
    struct Spec {
        var period: Period
        var currency: String?
        var header: String
        var location: SourceLocation
    }

    /// What one header cell says.
    struct CellInfo {
        var months: Int?
        var isInstantGroup = false
        var date: Day?
        var monthDay: (month: Int, day: Int)?
        var year: Int?
        var currency: String?
        var isNoise = false
        var recognised: Bool {
            months != nil || isInstantGroup || date != nil || monthDay != nil || year != nil || currency != nil || isNoise
        }
    }

    static let monthNames: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
        "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
        "dec": 12, "december": 12,
    ]

    static let groupPhrases: [(phrase: String, months: Int)] = [
        ("three months ended", 3), ("3 months ended", 3), ("quarter ended", 3), ("three months ending", 3),
        ("six months ended", 6), ("6 months ended", 6), ("half year ended", 6), ("six months ending", 6),
        ("nine months ended", 9), ("9 months ended", 9), ("nine months ending", 9),
        ("twelve months ended", 12), ("12 months ended", 12), ("year ended", 12), ("fiscal year ended", 12),
    ]

    static let noiseWords: Set<String> = ["unaudited", "audited", "(unaudited)", "(audited)", "restated", "(restated)", "as adjusted"]

    /// Whether a row reads as a header row: no label, and every value cell is header text.
    static func isHeaderRow(_ row: TableLocator.RawRow) -> Bool {
        guard row.label.isEmpty else { return false }
        let values = row.values.filter { !$0.text.isEmpty }
        guard !values.isEmpty else { return false }
        return values.allSatisfy { classify($0.text).recognised }
    }

    static func classify(_ raw: String) -> CellInfo {
        var info = CellInfo()
        // Figures are never headers (a lone year is read below, as a header).
        if let first = raw.utf8.first, first == 40 || first == 45 || (first >= 48 && first <= 57), raw.utf8.count != 4,
           case .number = NumberParser.parse(raw) {
            return info
        }
        let text = LabelText.clean(raw).label
        var lower = text.lowercased().replacingAll(",", with: " ")
        if noiseWords.contains(lower) { info.isNoise = true; return info }
        if let code = CurrencySymbols.code(for: text) { info.currency = code; return info }
        for group in groupPhrases where lower.includes(group.phrase) {
            info.months = group.months
            lower = lower.replacingAll(group.phrase, with: " ")
            break
        }
        for phrase in ["as of", "as at"] where lower.includes(phrase) {
            info.isInstantGroup = true
            lower = lower.replacingAll(phrase, with: " ")
        }
        let words = lower.split(separator: " ").map(String.init)
        if words.isEmpty { return info }
        // ISO date.
        if words.count == 1, let day = Day(iso: words[0]) { info.date = day; return info }
        // Year alone.
        if words.count == 1, words[0].count == 4, let year = Int(words[0]), (1900...2200).contains(year) {
            info.year = year
            return info
        }
        var month: Int?
        var day: Int?
        var year: Int?
        for word in words {
            if let m = monthNames[trimmingPunctuation(word)] {
                guard month == nil else { return CellInfo() }
                month = m
            } else if let n = Int(word) {
                if word.count == 4, year == nil { year = n } else if day == nil, (1...31).contains(n) { day = n } else { return CellInfo() }
            } else {
                return CellInfo()
            }
        }
        if let month, let day {
            if let year {
                guard day <= Day.daysIn(month: month, year: year) else { return CellInfo() }
                info.date = Day(year: year, month: month, day: day)
            } else {
                info.monthDay = (month, day)
            }
        } else if month != nil || day != nil {
            return CellInfo()
        } else if let year {
            info.year = year
        }
        return info
    }

    /// `word` without leading and trailing punctuation. Header words mostly
    /// start and end with a letter or digit and need no Foundation call.
    static func trimmingPunctuation(_ word: String) -> String {
        let isAlphanumeric: (UInt8) -> Bool = { ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 122) || ($0 >= 65 && $0 <= 90) }
        if let first = word.utf8.first, let last = word.utf8.last, isAlphanumeric(first), isAlphanumeric(last) { return word }
        return word.trimmingCharacters(in: .punctuationCharacters)
    }
}
