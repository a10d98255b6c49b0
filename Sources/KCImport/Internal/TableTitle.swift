import Foundation
import KCModel

/// What a table's title lines say: the kind of statement, its title and its scale.
struct TableTitle {
    var kind: StatementKind
    var title: String
    var scaleNote: String?
    var scale: Decimal?
    /// True when the note exempts share and per-share data from the scale.
    var exemptsShareData: Bool
    /// A currency named in the note ("in thousands of RMB").
    var currency: String?

    /// Title keywords by statement kind, checked in order (reconciliation before income).
    static let kindKeywords: [(kind: StatementKind, words: [String])] = [
        (.reconciliation, ["reconciliation", "non-gaap"]),
        (.cashFlow, ["cash flow"]),
        (.balanceSheet, ["balance sheet", "financial position", "financial condition"]),
        (.incomeStatement, ["operations", "comprehensive", "income", "profit or loss", "earnings", "loss"]),
    ]

    static let scaleWords: [(word: String, scale: Decimal)] = [
        ("in thousands", 1_000), ("in millions", 1_000_000), ("in billions", 1_000_000_000),
        ("'000", 1_000), ("thousand", 1_000), ("million", 1_000_000), ("billion", 1_000_000_000),
    ]

    init(lines: [SourceText.Line], company: String?) {
        var title = ""
        var note: String?
        for line in lines {
            let text = LabelText.clean(line.text).label
            let lower = text.lowercased()
            if text.hasPrefix("(") || lower.includes("amounts in") || lower.includes("in thousands") || lower.includes("in millions") {
                // A later "(Unaudited)" does not replace a note that states the scale.
                if note == nil || TableTitle.scaleWords.contains(where: { lower.includes($0.word) }) { note = text }
            } else if let company, lower == company.lowercased() {
                continue
            } else if TableTitle.kind(of: lower) != .other || title.isEmpty {
                title = text
            }
        }
        self.title = title
        self.kind = TableTitle.kind(of: title.lowercased())
        self.scaleNote = note
        let lowerNote = note?.lowercased() ?? ""
        self.scale = TableTitle.scaleWords.first { lowerNote.includes($0.word) }?.scale
        // "except for share and per share data" exempts share counts; "except per share data" does not.
        self.exemptsShareData = lowerNote.includes("except")
            && lowerNote.replacingAll("per share", with: "").replacingAll("per-share", with: "").includes("share")
        self.currency = CurrencySymbols.printedLongestFirst.first { entry in
            entry.printed.count > 1 && note?.includes(entry.printed) == true
        }?.code
    }

    static func kind(of lowerTitle: String) -> StatementKind {
        for entry in kindKeywords where entry.words.contains(where: { lowerTitle.includes($0) }) {
            return entry.kind
        }
        return .other
    }
}
