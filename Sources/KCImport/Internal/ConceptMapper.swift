import KCModel

/// Decides the concept, member, measure and sign rule of a table row from its
/// label, its section and the synonym table.
struct ConceptMapper {
    struct Mapping {
        var concept: String
        var member: String?
        var measure: Measure
        var sign: ConceptEntry.Sign
        var instant: ConceptEntry.Instant?
        var isTotal: Bool
        /// False when no entry matched and the name was derived from the label.
        var known: Bool
    }

    let company: String?
    /// Lookup keys already made in this import: each row asks for its label's
    /// and section's keys several times, and making one is not cheap.
    private let keys = KeyCache()

    private final class KeyCache {
        var byLabel: [String: String] = [:]
    }

    /// The synonym table by lookup key, built once.
    private static let byKey: [String: [ConceptEntry]] = {
        var map: [String: [ConceptEntry]] = [:]
        for entry in conceptEntries {
            for label in entry.labels { map[LabelText.key(label, company: nil), default: []].append(entry) }
        }
        return map
    }()

    init(company: String?) {
        self.company = company
    }

    /// `LabelText.key(label, company:)` for this mapper's company, memoised.
    func key(_ label: String) -> String {
        if let known = keys.byLabel[label] { return known }
        let key = LabelText.key(label, company: company)
        keys.byLabel[label] = key
        return key
    }

    /// The entry for a label under a section, if the synonym table has one.
    func entry(for label: String, section: String?) -> ConceptEntry? {
        let labelKey = key(label)
        guard let candidates = ConceptMapper.byKey[labelKey] else { return nil }
        let sectionKey = section.map(key) ?? ""
        // An entry for this very section beats a general one, which beats a catch-all.
        if let specific = candidates.first(where: { $0.sections.contains { !$0.isEmpty && sectionKey.includes($0) } }) {
            return specific
        }
        if let general = candidates.first(where: { $0.sections.isEmpty }) { return general }
        return candidates.first { $0.sections.contains("") }
    }

    func map(label: String, section: String?, isAdjustment: Bool) -> Mapping {
        let sectionKey = section.map(key)
        let sectionEntry = section.flatMap { entry(for: $0, section: nil) }
        let sectionMeasure = sectionKey.flatMap { key in measureSections.first { key.includes($0.contains) }?.measure }

        if let entry = entry(for: label, section: section) {
            var concept = entry.concept
            if entry.classified, let suffix = classificationSuffix(sectionKey), !concept.hasSuffix(suffix) {
                concept += suffix
            }
            if isAdjustment { concept += "Adjustment" }
            return Mapping(concept: concept, member: nil, measure: entry.measure, sign: isAdjustment ? .asPrinted : entry.sign,
                           instant: entry.instant, isTotal: entry.total, known: true)
        }
        // Rows under a section such as "Revenues:" that match nothing are its segments.
        if let parent = sectionEntry, parent.hasMembers, !isAdjustment {
            return Mapping(concept: parent.concept, member: LabelText.derivedConcept(label), measure: parent.measure,
                           sign: parent.sign, instant: nil, isTotal: false, known: true)
        }
        var concept = LabelText.derivedConcept(label)
        if let suffix = classificationSuffix(sectionKey), !concept.hasSuffix(suffix) { concept += suffix }
        if isAdjustment { concept += "Adjustment" }
        let isTotal = key(label).hasPrefix("total ")
        return Mapping(concept: concept, member: nil, measure: sectionMeasure ?? .monetary, sign: .asPrinted,
                       instant: nil, isTotal: isTotal, known: false)
    }

    private func classificationSuffix(_ sectionKey: String?) -> String? {
        guard let sectionKey else { return nil }
        return classifyingSections.first { sectionKey.includes($0.contains) }?.suffix
    }
}
