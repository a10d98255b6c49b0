/// A management quote and its attribution.
public struct QuoteView: Codable, Sendable, Hashable {
    public var text: String
    public var speaker: String
    public var title: String?

    public init(text: String, speaker: String, title: String?) {
        self.text = text
        self.speaker = speaker
        self.title = title
    }
}
