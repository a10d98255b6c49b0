import Foundation
import KCModel

/// A PDF's creation and modification date, in UTC: from `SOURCE_DATE_EPOCH` when set
/// (reproducible builds), else the release date at midnight. Written with `Z`, never an
/// offset (Cairo 1.16 writes offsets wrongly).
public struct PDFDate: Sendable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The UTC time `seconds` after 1970-01-01T00:00:00Z (civil-from-days, proleptic Gregorian).
    public init(secondsSince1970 seconds: Int64) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = Int(seconds - days * 86_400)
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: Int(year), month: Int(month), day: Int(day), hour: rest / 3600, minute: rest % 3600 / 60, second: rest % 60)
    }

    /// `SOURCE_DATE_EPOCH` (whole seconds, UTC) when given, else `releaseDate` at 00:00 UTC.
    /// A `SOURCE_DATE_EPOCH` that is not a whole number of seconds is an error, as the
    /// reproducible-builds specification asks.
    public static func resolve(sourceDateEpoch: String?, releaseDate: Day) throws -> PDFDate {
        if let text = sourceDateEpoch?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            guard let seconds = Int64(text), seconds >= 0 else {
                throw GraphicsError("SOURCE_DATE_EPOCH is “\(text)”, not a whole number of seconds since 1970", isConfiguration: true)
            }
            return PDFDate(secondsSince1970: seconds)
        }
        return PDFDate(year: releaseDate.year, month: releaseDate.month, day: releaseDate.day)
    }

    /// "2024-11-19T00:00:00Z", as Cairo's metadata wants it.
    public var iso8601: String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let yearText = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        return "\(yearText)-\(two(month))-\(two(day))T\(two(hour)):\(two(minute)):\(two(second))Z"
    }
}
