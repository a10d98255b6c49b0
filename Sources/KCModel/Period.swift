/// The period of a fact, as in XBRL: a duration with start and end dates, or an instant.
public enum Period: Hashable, Sendable, Comparable, CustomStringConvertible {
    case duration(start: Day, end: Day)
    case instant(Day)

    /// The last day the period covers (the date of an instant).
    public var end: Day {
        switch self {
        case .duration(_, let end): return end
        case .instant(let day): return day
        }
    }

    /// Length in months for a duration that runs from a 1st to a month end; nil otherwise.
    public var months: Int? {
        guard case .duration(let start, let end) = self, start.day == 1,
              end.day == Day.daysIn(month: end.month, year: end.year)
        else { return nil }
        return start.monthsThrough(end)
    }

    public var isInstant: Bool {
        if case .instant = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .duration(let start, let end): return "\(start)..\(end)"
        case .instant(let day): return "@\(day)"
        }
    }

    /// Orders by end date, then shorter periods first.
    public static func < (a: Period, b: Period) -> Bool {
        if a.end != b.end { return a.end < b.end }
        switch (a, b) {
        case (.instant, .duration): return true
        case (.duration, .instant): return false
        case (.duration(let s1, _), .duration(let s2, _)): return s1 > s2
        case (.instant, .instant): return false
        }
    }
}

extension Period: Codable {
    private enum Keys: String, CodingKey { case start, end, instant }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        if let instant = try c.decodeIfPresent(Day.self, forKey: .instant) {
            self = .instant(instant)
        } else {
            let start = try c.decode(Day.self, forKey: .start)
            let end = try c.decode(Day.self, forKey: .end)
            guard start <= end else {
                throw DecodingError.dataCorruptedError(forKey: .end, in: c, debugDescription: "period ends (\(end)) before it starts (\(start))")
            }
            self = .duration(start: start, end: end)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        switch self {
        case .duration(let start, let end):
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
        case .instant(let day):
            try c.encode(day, forKey: .instant)
        }
    }
}
