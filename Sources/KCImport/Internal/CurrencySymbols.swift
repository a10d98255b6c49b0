/// How releases write currencies, mapped to ISO 4217 codes. Kept as data:
/// a release in another currency needs a line here, not new code.
enum CurrencySymbols {
    static let table: [(printed: String, code: String)] = [
        ("US$", "USD"), ("USD", "USD"), ("$", "USD"),
        ("RMB", "CNY"), ("CNY", "CNY"), ("Rmb", "CNY"),
        ("HK$", "HKD"), ("HKD", "HKD"),
        ("NT$", "TWD"), ("TWD", "TWD"),
        ("S$", "SGD"), ("SGD", "SGD"),
        ("A$", "AUD"), ("AUD", "AUD"),
        ("C$", "CAD"), ("CAD", "CAD"),
        ("€", "EUR"), ("EUR", "EUR"),
        ("£", "GBP"), ("GBP", "GBP"),
        ("JPY", "JPY"), ("¥", "JPY"),
        ("KRW", "KRW"), ("₩", "KRW"),
        ("INR", "INR"), ("₹", "INR"),
    ]

    private static let lookup: [String: String] = {
        var map: [String: String] = [:]
        for entry in table where map[entry.printed] == nil { map[entry.printed] = entry.code }
        return map
    }()

    /// The ISO code for a printed currency ("US\$" and "US$" alike); nil if unknown.
    static func code(for printed: String) -> String? {
        let text = printed.replacingAll("\\$", with: "$").trimmingSpaces
        return lookup[text]
    }

    /// Printed forms longest first, for scanning prose ("US$" before "$").
    static let printedLongestFirst: [(printed: String, code: String)] =
        table.sorted { $0.printed.count > $1.printed.count }
}
