import Foundation
import KCModel

/// Reads the figures the view needs from a model: by concept, period and member, in the reporting currency or as ratios.
struct FactReader {
    let model: FinancialModel
    let currency: String
    private let index: [FactKey: Fact]

    init(model: FinancialModel) {
        self.model = model
        currency = model.document.reportingCurrency
        var index: [FactKey: Fact] = [:]
        for fact in model.facts where index[fact.key] == nil { index[fact.key] = fact }
        self.index = index
    }

    func fact(_ concept: String, _ period: Period?, member: String? = nil) -> Fact? {
        guard let period else { return nil }
        return index[FactKey(concept: concept, period: period, member: member, unit: .currency(currency))]
            ?? index[FactKey(concept: concept, period: period, member: member, unit: .pure)]
    }

    func value(_ concept: String, _ period: Period?, member: String? = nil) -> Decimal? {
        fact(concept, period, member: member)?.value
    }

    /// The first of `concepts` the model has for `period`.
    func first(_ concepts: [String], _ period: Period) -> String? {
        concepts.first { value($0, period) != nil }
    }

    /// A margin: the printed ratio when the release has it, else numerator over revenues.
    func margin(_ ratioConcept: String, numerator: String, _ period: Period?) -> Decimal? {
        if let printed = value(ratioConcept, period) { return printed }
        guard let top = value(numerator, period), let revenues = value("Revenues", period), revenues != 0 else { return nil }
        return top / revenues
    }

    /// Segment members of `concept`, in the order the model first lists them.
    func members(of concept: String) -> [String] {
        var seen: [String] = []
        for fact in model.facts where fact.concept == concept {
            if let member = fact.member, !seen.contains(member) { seen.append(member) }
        }
        return seen
    }

    /// The label as printed, without "(Non-GAAP Financial Measure)" and trailing colons.
    func label(_ concept: String, member: String? = nil, fallback: String) -> String {
        guard let fact = model.facts.first(where: { $0.concept == concept && $0.member == member }) else { return fallback }
        return FactReader.clean(fact.label)
    }

    static func clean(_ label: String) -> String {
        var text = label
        while let open = text.range(of: " ("), let close = text.range(of: ")", range: open.upperBound..<text.endIndex),
              text[open.upperBound..<close.lowerBound].localizedCaseInsensitiveContains("GAAP") {
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        return text.trimmingCharacters(in: CharacterSet(charactersIn: ": "))
    }

    /// Without parenthesised explanations of several words: "… expenses (allocated in cost of revenues)" → "… expenses"; "(gain)" stays.
    static func withoutExplanations(_ label: String) -> String {
        var text = label
        var searchFrom = text.startIndex
        while let open = text.range(of: " (", range: searchFrom..<text.endIndex),
              let close = text.range(of: ")", range: open.upperBound..<text.endIndex) {
            if text[open.upperBound..<close.lowerBound].contains(" ") {
                text.removeSubrange(open.lowerBound..<close.upperBound)
                searchFrom = open.lowerBound
            } else {
                searchFrom = close.upperBound
            }
        }
        return text
    }

    /// "Adjusted EBITDA" stays; "Share-based compensation" becomes "share-based compensation".
    static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first, text.count > 1 else { return text }
        let second = text[text.index(after: text.startIndex)]
        guard first.isUppercase, second.isLowercase || second == "-" || second == " " else { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// "a, b and c".
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
        }
    }

    static func double(_ value: Decimal) -> Double {
        NSDecimalNumber(decimal: value).doubleValue
    }
}
