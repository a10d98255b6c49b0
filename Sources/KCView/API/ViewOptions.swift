/// Choices that shape the view but are not in the model: display currency and names from the project configuration.
public struct ViewOptions: Sendable, Hashable {
    /// ISO code (or RMB / US$) of the currency to show figures in; nil for the reporting currency.
    public var displayCurrency: String?
    /// The company's name in another script ("where known"), and its language tag.
    public var localName: String?
    public var localNameLanguage: String?

    public init(displayCurrency: String? = nil, localName: String? = nil, localNameLanguage: String? = nil) {
        self.displayCurrency = displayCurrency
        self.localName = localName
        self.localNameLanguage = localNameLanguage
    }
}
