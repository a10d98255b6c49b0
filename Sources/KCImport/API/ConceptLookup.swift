import Foundation
import KCModel

/// Maps a phrase from prose ("Non-GAAP EBITDA", "Revenues from public cloud
/// services") to the concept and member the tables file it under, with the same
/// synonym table the importer uses for row labels.
public struct ConceptLookup {
    public struct Match: Hashable, Sendable {
        public var concept: String
        public var member: String?
        /// True when words before the phrase narrow it to something the tables do not
        /// break out ("AI revenues" names a part of revenues, not the total).
        public var qualified = false
    }

    /// Phrases naming a segment of a concept: "revenues from X" is `Revenues[X]`.
    static let memberPhrases: [(prefix: String, concept: String)] = [
        ("revenues from ", "Revenues"), ("revenue from ", "Revenues"), ("net revenues from ", "Revenues"),
    ]

    /// Words dropped from a segment name before it becomes a member name.
    static let memberNoise: Set<String> = ["the", "our"]
    /// Words that end a segment name: "revenues from X were …", "revenues from X by …".
    static let memberStops: Set<String> = ["was", "were", "is", "are", "by", "of", "in", "to", "for", "and", "with", "from",
                                           "increased", "decreased", "reached", "grew", "rose", "fell", "amounted", "totaled",
                                           "totalled", "compared", "represented", "accounted"]

    let company: String?
    private let mapper: ConceptMapper
    /// Row labels of the model's own tables, so prose matches them even when the synonym table does not.
    private let rowLabels: [String: Match]
    /// Segment members the model has, by concept.
    private let membersByConcept: [String: Set<String>]
    /// Last words of the model's row-label keys (see `knownLastWords`).
    private let rowLastWords: Set<String>
    /// Words a phrase naming a concept can start with: first words of every known label,
    /// of every label rewrite and of the model's row labels. Phrases starting elsewhere
    /// ("the", "our", "was") cannot match and are not looked up.
    private let firstWords: Set<String>
    /// Words and phrases already looked at: prose repeats them, and each costs a key.
    private let memo = Memo()

    /// Per-lookup memo tables; a class so the lookup can fill them from non-mutating methods.
    private final class Memo {
        var plainWords: [String: String] = [:]
        var matches: [String: Match?] = [:]
    }

    public init(model: FinancialModel) {
        company = model.document.company
        mapper = ConceptMapper(company: model.document.company)
        rowLabels = ConceptLookup.rowLabels(of: model, mapper: mapper)
        rowLastWords = Set(rowLabels.keys.compactMap { $0.split(separator: " ").last.map(String.init) })
        firstWords = ConceptLookup.firstWords(of: model)
        var members: [String: Set<String>] = [:]
        for fact in model.facts {
            if let member = fact.member { members[fact.concept, default: []].insert(member) }
        }
        membersByConcept = members
    }

    /// The first row filed under each row-label key, skipping section and adjustment rows.
    private static func rowLabels(of model: FinancialModel, mapper: ConceptMapper) -> [String: Match] {
        var labels: [String: Match] = [:]
        // Statements repeat labels: a label already seen has its key filed, and the first filing wins.
        var seen: Set<String> = []
        for statement in model.statements {
            for row in statement.rows where row.role != .section && row.role != .adjustment {
                guard let concept = row.concept, seen.insert(row.label).inserted else { continue }
                let key = mapper.key(row.label)
                if labels[key] == nil { labels[key] = Match(concept: concept, member: row.member) }
            }
        }
        return labels
    }

    /// `knownFirstWords` and the plain first word of every row label of the model.
    private static func firstWords(of model: FinancialModel) -> Set<String> {
        var first = knownFirstWords
        var seen: Set<String> = []
        for statement in model.statements {
            // A repeated label adds the same word again: skip it.
            for row in statement.rows where seen.insert(row.label).inserted {
                // Only the first word is needed, so split once rather than through the whole label.
                if let word = row.label.split(separator: " ", maxSplits: 1).first {
                    first.insert(ConceptLookup.word(LabelText.stripFootnoteMarkers(String(word))))
                }
            }
        }
        return first
    }

    /// First words of the synonym table's labels, of the label rewrites and of the prefixes a key drops.
    private static let knownFirstWords: Set<String> = {
        var words: Set<String> = ["less", "add", "plus", "revenues", "revenue", "net", "total"]
        for entry in conceptEntries {
            for label in entry.labels {
                if let first = label.split(separator: " ").first { words.insert(ConceptLookup.word(first)) }
            }
        }
        for rewrite in labelRewrites {
            if let first = rewrite.from.split(separator: " ").first { words.insert(ConceptLookup.word(first)) }
        }
        return words
    }()

    /// Last words of every known label, lower case: a phrase can only name a concept
    /// if it ends in one of them, which keeps the search through prose short.
    private static let knownLastWords: Set<String> = {
        var words: Set<String> = []
        for entry in conceptEntries {
            for label in entry.labels {
                if let last = label.split(separator: " ").last { words.insert(ConceptLookup.word(last)) }
            }
        }
        return words
    }()

    static func word<S: StringProtocol>(_ raw: S) -> String {
        String(raw.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "'" })
    }

    /// The concept named closest to the end of `text`: the phrase that ends last,
    /// the longest of those. Returns the match and the offset (in words) where the phrase starts.
    public func rightmostMatch(in text: String) -> (match: Match, wordIndex: Int)? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        let plain = words.map(plainWord)
        let revenuesFrom = plain.indices.map { $0 + 1 < plain.count && plain[$0 + 1] == "from" && ConceptLookup.startsWithRevenue(plain[$0]) }
        var end = words.count - 1
        while end >= 0 {
            let afterRevenuesFrom = (max(0, end - 6)..<end).contains { revenuesFrom[$0] }
            if ConceptLookup.knownLastWords.contains(plain[end]) || rowLastWords.contains(plain[end]) || afterRevenuesFrom {
                var start = max(0, end - 9)
                while start <= end {
                    guard firstWords.contains(plain[start]) else { start += 1; continue }
                    let phrase = ConceptLookup.trimmingPhrasePunctuation(words[start...end].joined(separator: " "))
                    if let found = memoisedMatch(phrase) {
                        // Punctuation before the phrase ends the clause: nothing there narrows it.
                        let clauseStart = start == 0 || words[start - 1].last.map { ",;:()“”\"".contains($0) } == true
                        return (clauseStart ? found : narrowed(found, before: Array(plain[..<start])), start)
                    }
                    start += 1
                }
            }
            end -= 1
        }
        return nil
    }

    /// `word(stripFootnoteMarkers(raw))`, memoised.
    private func plainWord(_ raw: String) -> String {
        if let known = memo.plainWords[raw] { return known }
        let plain = ConceptLookup.word(LabelText.stripFootnoteMarkers(raw))
        memo.plainWords[raw] = plain
        return plain
    }

    /// `match(phrase)`, memoised: the same phrases come up in sentence after sentence.
    private func memoisedMatch(_ phrase: String) -> Match? {
        if let known = memo.matches[phrase] { return known }
        let found = match(phrase)
        memo.matches[phrase] = .some(found)
        return found
    }

    /// `word.hasPrefix("revenue")`; compared on bytes when the byte after the prefix
    /// is ASCII, so no combining mark can join the prefix's last character.
    static func startsWithRevenue(_ word: String) -> Bool {
        let prefix = "revenue".utf8
        guard word.utf8.starts(with: prefix) else { return false }
        let rest = word.utf8.dropFirst(prefix.count)
        guard let next = rest.first, next >= 0x80 else { return true }
        return word.hasPrefix("revenue")
    }

    /// The phrase without the clause punctuation `,;:()“”".` at either end: what
    /// `trimmingCharacters(in:)` with that set gives, without going through NSString.
    static func trimmingPhrasePunctuation(_ phrase: String) -> String {
        let scalars = phrase.unicodeScalars
        let isPunctuation: (Unicode.Scalar) -> Bool = { ",;:()“”\".".unicodeScalars.contains($0) }
        guard let first = scalars.firstIndex(where: { !isPunctuation($0) }),
              let last = scalars.lastIndex(where: { !isPunctuation($0) }) else { return "" }
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return phrase }
        return String(scalars[first...last])
    }

    /// Words that may stand just before a line item without changing what it names.
    static let neutralWords: Set<String> = ["the", "our", "its", "their", "total", "and", "of", "in", "with", "from", "to", "at",
                                            "for", "by", "on", "as", "a", "an", "that", "which", "while", "where", "whereas",
                                            "compared", "including", "excluding", "also", "meanwhile", "said"]

    /// A match on a concept that has segments, preceded by words that name one of
    /// them, is that segment ("Platform subscriptions revenues"); preceded by other
    /// words, it is qualified.
    func narrowed(_ found: Match, before: [String]) -> Match {
        guard found.member == nil, let members = membersByConcept[found.concept], let previous = before.last,
              !previous.isEmpty, !ConceptLookup.neutralWords.contains(previous) else { return found }
        for count in 1...min(3, before.count) {
            let name = LabelText.derivedConcept(before.suffix(count).joined(separator: " "))
            if members.contains(name) { return Match(concept: found.concept, member: name) }
        }
        var qualified = found
        qualified.qualified = true
        return qualified
    }

    /// The concept a phrase names, or nil.
    public func match(_ phrase: String) -> Match? {
        let cleaned = LabelText.clean(phrase).label
        let key = mapper.key(cleaned)
        guard !key.isEmpty else { return nil }
        for (prefix, concept) in ConceptLookup.memberPhrases where key.hasPrefix(prefix) {
            let words = key.dropFirst(prefix.count).split(separator: " ").map(String.init)
            // A segment name is a clean run of words: a phrase that runs past it names nothing.
            guard !words.isEmpty, !words.contains(where: ConceptLookup.memberStops.contains) else { return nil }
            let name = words.filter { !ConceptLookup.memberNoise.contains($0) }.joined(separator: " ")
            return Match(concept: concept, member: LabelText.derivedConcept(name))
        }
        if let entry = mapper.entry(for: cleaned, section: nil), entry.sections.isEmpty || entry.sections.contains("") {
            return Match(concept: entry.concept, member: nil)
        }
        if let row = rowLabels[key] { return row }
        return nil
    }
}
