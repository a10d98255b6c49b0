import Foundation

/// The release's text, kept for the one-pager and for the checks: quotes,
/// outlook, and every sentence that states a figure.
public struct Prose: Codable, Hashable, Sendable {
    public var quotes: [Quote]
    public var outlook: [Passage]
    public var figureSentences: [FigureSentence]
    /// Footnotes printed under the prose (definitions of non-GAAP measures, the rate).
    public var footnotes: [Passage]

    public init(quotes: [Quote] = [], outlook: [Passage] = [], figureSentences: [FigureSentence] = [], footnotes: [Passage] = []) {
        self.quotes = quotes
        self.outlook = outlook
        self.figureSentences = figureSentences
        self.footnotes = footnotes
    }
}

/// A management quote and who said it.
public struct Quote: Codable, Hashable, Sendable {
    public var speaker: String
    /// The speaker's title as printed ("Chief Executive Officer").
    public var title: String?
    public var text: String
    public var source: SourceLocation

    public init(speaker: String, title: String?, text: String, source: SourceLocation) {
        self.speaker = speaker
        self.title = title
        self.text = text
        self.source = source
    }
}

/// A paragraph or footnote of text and where it starts.
public struct Passage: Codable, Hashable, Sendable {
    public var text: String
    public var source: SourceLocation

    public init(text: String, source: SourceLocation) {
        self.text = text
        self.source = source
    }
}

/// A sentence that states one or more figures, with each figure read out.
public struct FigureSentence: Codable, Hashable, Sendable {
    public var text: String
    public var source: SourceLocation
    public var figures: [ProseFigure]

    public init(text: String, source: SourceLocation, figures: [ProseFigure]) {
        self.text = text
        self.source = source
        self.figures = figures
    }
}

/// A figure as stated in prose: "RMB1,885.6 million", "16.0%", "4.0 percentage points".
public struct ProseFigure: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Hashable, Sendable {
        /// An amount of money, in whole units of `currency`.
        case amount
        /// A percentage, as a ratio (16.0% is 0.160).
        case percent
        /// A change in percentage points, as a ratio (4.0 pp is 0.040).
        case percentagePoints = "percentage-points"
        /// A plain count, such as a number of shares.
        case count
    }

    public var kind: Kind
    /// Exact value as printed, in whole units (RMB1,885.6 million is 1885600000).
    public var value: Decimal
    /// Half the last printed digit, in the same units: the figure stands for value ± this.
    public var precision: Decimal
    public var currency: String?
    /// The figure as printed.
    public var text: String
    public var source: SourceLocation

    public init(kind: Kind, value: Decimal, precision: Decimal, currency: String?, text: String, source: SourceLocation) {
        self.kind = kind
        self.value = value
        self.precision = precision
        self.currency = currency
        self.text = text
        self.source = source
    }
}
