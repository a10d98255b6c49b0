/// What the foot of the one-pager says: non-GAAP definitions, the convenience rate,
/// the source, the checks, rounding.
public struct FootnotesView: Codable, Sendable, Hashable {
    public var nonGAAP: NonGAAPNote?
    public var convenienceRate: RateNote?
    /// The source document's file name.
    public var source: String
    /// The release's title line, when the model kept it.
    public var sourceTitle: String?
    public var checks: ChecksNote
    /// True when shown totals differ from the sum of their shown parts.
    public var rounding: Bool
    /// The first link the release prints (its investor-relations site when recognisable), for the PDF's link.
    public var link: String?

    public init(nonGAAP: NonGAAPNote?, convenienceRate: RateNote?, source: String, sourceTitle: String?, checks: ChecksNote, rounding: Bool,
                link: String? = nil) {
        self.nonGAAP = nonGAAP
        self.convenienceRate = convenienceRate
        self.source = source
        self.sourceTitle = sourceTitle
        self.checks = checks
        self.rounding = rounding
        self.link = link
    }
}

/// The non-GAAP measures shown and what they exclude, as lists already joined in prose.
public struct NonGAAPNote: Codable, Sendable, Hashable {
    /// "adjusted gross profit, adjusted EBITDA and adjusted net loss".
    public var measures: String
    /// "share-based compensation expenses, impairment of long-lived assets and …"; nil when the model has no reconciliation items.
    public var adjustments: String?

    public init(measures: String, adjustments: String?) {
        self.measures = measures
        self.adjustments = adjustments
    }
}

/// The release's convenience rate and whether the page's figures were translated with it.
public struct RateNote: Codable, Sendable, Hashable {
    /// "RMB7.0176 to US$1.00".
    public var rate: String
    /// "September 30, 2024".
    public var date: String?
    /// True when the one-pager shows translated figures.
    public var usedForDisplay: Bool
    /// The currency the rate translates into, as written: "US$", "HK$".
    public var currency: String

    public init(rate: String, date: String?, usedForDisplay: Bool, currency: String) {
        self.rate = rate
        self.date = date
        self.usedForDisplay = usedForDisplay
        self.currency = currency
    }
}

/// What the tie-out checks concluded, in words for the footnote.
public struct ChecksNote: Codable, Sendable, Hashable {
    public var notRun: Bool
    public var passed: Bool
    public var failed: Bool
    /// "58".
    public var count: String
    /// "58 checks", "1 check".
    public var countPhrase: String
    /// "2 errors", "1 warning"; nil when none.
    public var errors: String?
    public var warnings: String?

    public init(notRun: Bool, passed: Bool, failed: Bool, count: String, countPhrase: String, errors: String?, warnings: String?) {
        self.notRun = notRun
        self.passed = passed
        self.failed = failed
        self.count = count
        self.countPhrase = countPhrase
        self.errors = errors
        self.warnings = warnings
    }
}
