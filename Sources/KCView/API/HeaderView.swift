/// The top of the one-pager: who, which period, when, and in what currency.
public struct HeaderView: Codable, Sendable, Hashable {
    public var company: String
    /// The company's name in Chinese (or another script) where the project configuration gives it.
    public var localName: String?
    /// Language tag of `localName` ("zh"), for the HTML `lang` attribute.
    public var localNameLanguage: String?
    /// "NASDAQ: KC · HKEX: 3896".
    public var tickers: String
    /// "Q3 2024 Earnings Summary".
    public var title: String
    /// "Q3 2024".
    public var periodLabel: String
    /// "Quarter ended September 30, 2024".
    public var periodEnd: String
    /// "Released November 19, 2024"; nil when the release date is unknown.
    public var released: String?
    /// "RMB in millions unless stated otherwise".
    public var currencyNote: String
    /// Language of the page ("en").
    public var language: String

    public init(company: String, localName: String?, localNameLanguage: String?, tickers: String, title: String,
                periodLabel: String, periodEnd: String, released: String?, currencyNote: String, language: String) {
        self.company = company
        self.localName = localName
        self.localNameLanguage = localNameLanguage
        self.tickers = tickers
        self.title = title
        self.periodLabel = periodLabel
        self.periodEnd = periodEnd
        self.released = released
        self.currencyNote = currencyNote
        self.language = language
    }
}
