import KCModel

/// Which periods the one-pager shows, chosen from what the model holds: the reported
/// quarter, the prior quarter and the year-ago quarter when present, every quarter
/// slot from the first to the reported one for the trend charts, and their labels.
public struct ReportPeriods: Sendable, Hashable {
    public var current: Period
    public var prior: Period?
    public var yearAgo: Period?
    /// Consecutive quarter slots ending with the reported one; a slot the model has no figures for is still listed.
    public var trend: [Period]
    /// The year-to-date period ending with the reported one, if the model has it.
    public var yearToDate: Period?

    /// Fiscal quarter and year of the reported period, from its label ("Q3 2024") or else its end month.
    let fiscalQuarter: Int
    let fiscalYear: Int

    public init(model: FinancialModel, anchor concept: String = "Revenues") {
        let document = model.document
        let current = document.fiscalPeriod
        self.current = current
        let (quarter, year) = ReportPeriods.fiscalQuarter(label: document.fiscalPeriodLabel, end: current.end)
        fiscalQuarter = quarter
        fiscalYear = year
        let held = Set(model.periods(of: concept))
        let months = current.months ?? 3
        // A sequential comparison ("QoQ") exists only for a quarter; for a half or a full
        // year the period before would be the year-ago one, or a different basis.
        let previous = ReportPeriods.shifted(current, byMonths: -months)
        prior = months == 3 && held.contains(previous) ? previous : nil
        let yearBack = ReportPeriods.shifted(current, byMonths: -12)
        yearAgo = held.contains(yearBack) ? yearBack : nil
        let quarters = held.filter { $0.months == months && $0.end <= current.end }
        var slots: [Period] = [current]
        if let earliest = quarters.min() {
            var slot = current
            while true {
                let previous = ReportPeriods.shifted(slot, byMonths: -months)
                guard previous.end >= earliest.end else { break }
                slots.insert(previous, at: 0)
                slot = previous
                if slots.count >= 12 { break }
            }
        }
        trend = slots
        yearToDate = held.filter { period in
            guard case .duration(let start, let end) = period, end == current.end, let length = period.months else { return false }
            return length > months && start < current.end
        }.max { ($0.months ?? 0) < ($1.months ?? 0) }
    }

    /// The same-length period `months` months later (negative: earlier), month ends kept.
    public static func shifted(_ period: Period, byMonths months: Int) -> Period {
        func shift(_ day: Day, endOfMonth: Bool) -> Day {
            var total = day.year * 12 + (day.month - 1) + months
            let year = total / 12
            total -= year * 12
            let month = total + 1
            let last = Day.daysIn(month: month, year: year)
            return Day(year: year, month: month, day: endOfMonth ? last : min(day.day, last))
        }
        switch period {
        case .instant(let day):
            return .instant(shift(day, endOfMonth: day.day == Day.daysIn(month: day.month, year: day.year)))
        case .duration(let start, let end):
            return .duration(start: shift(start, endOfMonth: false),
                             end: shift(end, endOfMonth: end.day == Day.daysIn(month: end.month, year: end.year)))
        }
    }

    static func fiscalQuarter(label: String, end: Day) -> (Int, Int) {
        let parts = label.split(separator: " ")
        if parts.count == 2, parts[0].count == 2, parts[0].hasPrefix("Q"),
           let quarter = Int(parts[0].dropFirst()), (1...4).contains(quarter), let year = Int(parts[1]) {
            return (quarter, year)
        }
        return ((end.month - 1) / 3 + 1, end.year)
    }

    /// Fiscal quarter and year of a quarter `period`, counted from the reported one.
    func quarterOf(_ period: Period) -> (quarter: Int, year: Int) {
        let offset = ((period.end.year - current.end.year) * 12 + (period.end.month - current.end.month)) / 3
        var index = fiscalYear * 4 + (fiscalQuarter - 1) + offset
        let year = index >= 0 ? index / 4 : (index - 3) / 4
        index -= year * 4
        return (index + 1, year)
    }

    /// "Q3 2024"; "9M 2024", "H1 2025", "FY 2024" for longer periods ending with a fiscal quarter.
    public func label(_ period: Period) -> String {
        let months = period.months ?? 3
        let (quarter, year) = quarterOf(period)
        switch months {
        case 3: return "Q\(quarter) \(year)"
        case 6 where quarter == 2: return "H1 \(year)"
        case 12 where quarter == 4: return "FY \(year)"
        default: return "\(months)M \(year)"
        }
    }

    /// "Q3'24" for chart axes.
    public func shortLabel(_ period: Period) -> String {
        let (quarter, year) = quarterOf(period)
        let twoDigits = ((year % 100) + 100) % 100
        return "Q\(quarter)'\(twoDigits < 10 ? "0" : "")\(twoDigits)"
    }

    /// "September 30, 2024".
    public static func longDate(_ day: Day) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August",
                     "September", "October", "November", "December"]
        return "\(names[max(0, min(11, day.month - 1))]) \(day.day), \(day.year)"
    }

    /// "Dec 31, 2023".
    public static func shortDate(_ day: Day) -> String {
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(names[max(0, min(11, day.month - 1))]) \(day.day), \(day.year)"
    }
}
