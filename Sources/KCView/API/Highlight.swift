/// One highlight, chosen by rules on the numbers; exactly one of its kinds is set.
/// The wording comes from a template (`highlight.txt.mustache`); `text` holds the
/// sentence once the renderer has written it.
public struct Highlight: Codable, Sendable, Hashable {
    public var growth: GrowthHighlight?
    public var margin: MarginHighlight?
    public var turn: TurnHighlight?
    public var charge: ChargeHighlight?
    /// The sentence written by the highlight template; empty until rendered.
    public var text: String

    public init(growth: GrowthHighlight? = nil, margin: MarginHighlight? = nil, turn: TurnHighlight? = nil,
                charge: ChargeHighlight? = nil, text: String = "") {
        self.growth = growth
        self.margin = margin
        self.turn = turn
        self.charge = charge
        self.text = text
    }
}

/// A figure that grew or fell: "Total revenues grew 16.0% year over year to RMB1,885.6 million".
public struct GrowthHighlight: Codable, Sendable, Hashable {
    /// "Total revenues", "Enterprise cloud services revenues".
    public var subject: String
    /// "RMB1,885.6 million".
    public var amount: String
    /// The change without sign: "16.0%".
    public var change: String
    /// "RMB1,625.2 million", the comparison figure.
    public var previous: String
    public var up: Bool
    public var down: Bool
    /// "year over year".
    public var basis: String

    public init(subject: String, amount: String, change: String, previous: String, up: Bool, down: Bool, basis: String) {
        self.subject = subject
        self.amount = amount
        self.change = change
        self.previous = previous
        self.up = up
        self.down = down
        self.basis = basis
    }
}

/// A margin that moved: "Gross margin rose 4.0 percentage points to 16.1%".
public struct MarginHighlight: Codable, Sendable, Hashable {
    public var subject: String
    /// "16.1%".
    public var margin: String
    /// "12.1%".
    public var previous: String
    /// "4.0", the change in percentage points without sign.
    public var points: String
    public var up: Bool
    public var down: Bool
    public var basis: String

    public init(subject: String, margin: String, previous: String, points: String, up: Bool, down: Bool, basis: String) {
        self.subject = subject
        self.margin = margin
        self.previous = previous
        self.points = points
        self.up = up
        self.down = down
        self.basis = basis
    }
}

/// A figure that changed sign: "Adjusted EBITDA turned positive at RMB185.4 million, from negative RMB45.4 million".
public struct TurnHighlight: Codable, Sendable, Hashable {
    public var subject: String
    /// Magnitude now: "RMB185.4 million".
    public var amount: String
    /// Magnitude before: "RMB45.4 million".
    public var previous: String
    public var positive: Bool
    public var negative: Bool
    public var basis: String

    public init(subject: String, amount: String, previous: String, positive: Bool, negative: Bool, basis: String) {
        self.subject = subject
        self.amount = amount
        self.previous = previous
        self.positive = positive
        self.negative = negative
        self.basis = basis
    }
}

/// A one-off charge behind a loss: "Net loss of RMB1,061.1 million included impairment of long-lived assets of RMB919.7 million".
public struct ChargeHighlight: Codable, Sendable, Hashable {
    /// "Net loss".
    public var subject: String
    /// Magnitude of the loss: "RMB1,061.1 million".
    public var amount: String
    /// The charge as labelled in the release, lower-cased: "impairment of long-lived assets".
    public var charge: String
    public var chargeAmount: String
    /// "Adjusted net loss", when the model has it.
    public var adjustedSubject: String?
    public var adjustedAmount: String?

    public init(subject: String, amount: String, charge: String, chargeAmount: String, adjustedSubject: String?, adjustedAmount: String?) {
        self.subject = subject
        self.amount = amount
        self.charge = charge
        self.chargeAmount = chargeAmount
        self.adjustedSubject = adjustedSubject
        self.adjustedAmount = adjustedAmount
    }
}
