import Foundation

/// What the release is: whose, which period, when, in what currency.
public struct DocumentInfo: Codable, Hashable, Sendable {
    public var company: String
    public var tickers: [Ticker]
    /// The fiscal period the release reports, e.g. the quarter ended 2024-09-30.
    public var fiscalPeriod: Period
    /// "Q3 2024", "FY 2024", "H1 2024".
    public var fiscalPeriodLabel: String
    public var releaseDate: Day?
    /// ISO 4217 code of the reporting currency.
    public var reportingCurrency: String
    /// Multiplier of the financial tables ("in thousands" is 1000).
    public var scale: Decimal
    public var convenienceRate: ConvenienceRate?
    /// The file the model was imported from (its name, not its path).
    public var sourceFile: String
    /// Title line of the release, e.g. "… Announces Unaudited Third Quarter 2024 Financial Results".
    public var headline: String?
    /// Links printed in the release (investor-relations site first when recognisable).
    public var links: [String]

    public init(company: String, tickers: [Ticker], fiscalPeriod: Period, fiscalPeriodLabel: String,
                releaseDate: Day?, reportingCurrency: String, scale: Decimal, convenienceRate: ConvenienceRate?,
                sourceFile: String, headline: String?, links: [String]) {
        self.company = company
        self.tickers = tickers
        self.fiscalPeriod = fiscalPeriod
        self.fiscalPeriodLabel = fiscalPeriodLabel
        self.releaseDate = releaseDate
        self.reportingCurrency = reportingCurrency
        self.scale = scale
        self.convenienceRate = convenienceRate
        self.sourceFile = sourceFile
        self.headline = headline
        self.links = links
    }
}

/// A listing: exchange and symbol (`NASDAQ: KC`).
public struct Ticker: Codable, Hashable, Sendable, CustomStringConvertible {
    public var exchange: String
    public var symbol: String
    public init(exchange: String, symbol: String) {
        self.exchange = exchange
        self.symbol = symbol
    }
    public var description: String { "\(exchange): \(symbol)" }
}

/// The rate at which the release translates its reporting currency for convenience:
/// `rate` units of `from` buy one unit of `to` (RMB7.0176 to US$1.00).
public struct ConvenienceRate: Codable, Hashable, Sendable {
    public var from: String
    public var to: String
    public var rate: Decimal
    public var date: Day?
    public var source: SourceLocation

    public init(from: String, to: String, rate: Decimal, date: Day?, source: SourceLocation) {
        self.from = from
        self.to = to
        self.rate = rate
        self.date = date
        self.source = source
    }
}
