import KCModel

/// Short period names for messages: "Q3 2024", "9M 2024", "2024-09-30".
enum PeriodText {
    static func short(_ period: Period) -> String {
        switch period {
        case .instant(let day):
            return "\(day)"
        case .duration(_, let end):
            switch period.months {
            case 3: return "Q\((end.month - 1) / 3 + 1) \(end.year)"
            case 12: return "FY \(end.year)"
            case let months?: return "\(months)M \(end.year)"
            case nil: return "\(period)"
            }
        }
    }
}
