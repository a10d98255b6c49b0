import Foundation

/// Everything the import stage read from one release: what it is, its facts,
/// its tables as printed, its prose, and the warnings raised while reading it.
public struct FinancialModel: Codable, Hashable, Sendable {
    /// Version of the model file layout, bumped when it changes incompatibly.
    public static let formatVersion = 1

    public var format: Int
    public var document: DocumentInfo
    /// One fact per `FactKey`, in the order first read.
    public var facts: [Fact]
    public var statements: [Statement]
    public var prose: Prose
    public var warnings: [Diagnostic]

    public init(document: DocumentInfo, facts: [Fact], statements: [Statement], prose: Prose, warnings: [Diagnostic] = []) {
        self.format = FinancialModel.formatVersion
        self.document = document
        self.facts = facts
        self.statements = statements
        self.prose = prose
        self.warnings = warnings
    }

    /// The fact with this key, if the model has it.
    public func fact(_ concept: String, _ period: Period, member: String? = nil, unit: Unit? = nil) -> Fact? {
        facts.first { $0.concept == concept && $0.period == period && $0.member == member && (unit == nil || $0.unit == unit) }
    }

    /// Every period that some fact of `concept` is reported for, in order.
    public func periods(of concept: String, member: String? = nil) -> [Period] {
        Array(Set(facts.lazy.filter { $0.concept == concept && $0.member == member }.map(\.period))).sorted()
    }
}

extension FinancialModel {
    /// The model with the release's wording left out: no quotes, outlook,
    /// footnotes, figure sentences or headline. Figures, labels and tables stay.
    /// For models committed to a repository, which must not carry the release's prose.
    public func figuresOnly() -> FinancialModel {
        var copy = self
        copy.prose = Prose()
        copy.document.headline = nil
        return copy
    }
}
