/// A calendar date without time or zone, written `YYYY-MM-DD`.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil for anything else or an impossible date.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...Day.daysIn(month: m, year: y)).contains(d)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The first day of the period of `months` months that ends on this day,
    /// for periods that end on a month end (a quarter ended Sep 30 starts Jul 1).
    public func startOfPeriod(months: Int) -> Day {
        // Step back `months - 1` whole months from this month, then take its first day.
        var y = year
        var m = month - (months - 1)
        while m < 1 { m += 12; y -= 1 }
        if day == Day.daysIn(month: month, year: year) {
            return Day(year: y, month: m, day: 1)
        }
        // Periods not ending on a month end start the day after the same date `months` earlier.
        var py = year
        var pm = month - months
        while pm < 1 { pm += 12; py -= 1 }
        let pd = min(day, Day.daysIn(month: pm, year: py))
        return Day(year: py, month: pm, day: pd).next
    }

    /// The day after this one.
    public var next: Day {
        if day < Day.daysIn(month: month, year: year) { return Day(year: year, month: month, day: day + 1) }
        if month < 12 { return Day(year: year, month: month + 1, day: 1) }
        return Day(year: year + 1, month: 1, day: 1)
    }

    /// Whole months from `self` to `other`, counting a period that starts on the 1st
    /// and ends on a month end as its number of months.
    public func monthsThrough(_ end: Day) -> Int {
        (end.year - year) * 12 + (end.month - month) + 1
    }
}

extension Day: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a date YYYY-MM-DD, found \"\(text)\"")
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Day {
    /// The day before this one.
    public var previous: Day {
        if day > 1 { return Day(year: year, month: month, day: day - 1) }
        if month > 1 { return Day(year: year, month: month - 1, day: Day.daysIn(month: month - 1, year: year)) }
        return Day(year: year - 1, month: 12, day: 31)
    }
}
