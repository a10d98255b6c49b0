import Foundation

/// One reported figure, XBRL-style: what (concept, member), when (period), how much
/// (exact value in whole units), in what (unit), and where it was printed.
public struct Fact: Codable, Hashable, Sendable {
    /// US-GAAP element name where one fits (`Revenues`), else a name of our own (`AdjustedEBITDA`).
    public var concept: String
    /// Exact value in whole units: 1,885,574 in a table "in thousands" is 1885574000;
    /// 16.1% is 0.161. Expenses are positive, losses negative.
    public var value: Decimal
    public var unit: Unit
    public var period: Period
    /// Segment member for a dimensional figure (`PublicCloudServices` of `Revenues`).
    public var member: String?
    /// The row label as printed in the release.
    public var label: String
    /// Where the figure stands in the release.
    public var source: SourceLocation
    /// The statement (`Statement.id`) the figure was first read from.
    public var statement: String?

    public init(concept: String, value: Decimal, unit: Unit, period: Period, member: String? = nil,
                label: String, source: SourceLocation, statement: String? = nil) {
        self.concept = concept
        self.value = value
        self.unit = unit
        self.period = period
        self.member = member
        self.label = label
        self.source = source
        self.statement = statement
    }

    /// What makes two facts the same figure: a model holds at most one fact per key.
    public var key: FactKey { FactKey(concept: concept, period: period, member: member, unit: unit) }
}

/// The identity of a fact: concept, period, member and unit.
public struct FactKey: Hashable, Sendable, CustomStringConvertible {
    public var concept: String
    public var period: Period
    public var member: String?
    public var unit: Unit

    public init(concept: String, period: Period, member: String? = nil, unit: Unit) {
        self.concept = concept
        self.period = period
        self.member = member
        self.unit = unit
    }

    /// Concept and period end alone tell almost all keys apart; hashing the
    /// member, unit and period start as well cost more than the rare collision.
    /// Equality still compares every field.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(concept)
        hasher.combine(period.end)
    }

    public var description: String {
        "\(concept)\(member.map { "[\($0)]" } ?? "") \(period) \(unit)"
    }
}
