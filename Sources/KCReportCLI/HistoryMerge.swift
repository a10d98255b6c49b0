import KCModel

/// Fills a report's model with the figures of earlier releases, so its trend charts
/// show every quarter known. The report's own source wins; a figure an earlier source
/// states differently is a restatement, reported as a warning.
enum HistoryMerge {
    static func merge(_ model: FinancialModel, with earlier: [FinancialModel]) -> (model: FinancialModel, restatements: [String]) {
        var merged = model
        var known: [FactKey: Fact] = [:]
        for fact in model.facts { known[fact.key] = fact }
        var restatements: [String] = []
        // Later history files are newer: they fill in before older ones.
        for older in earlier.reversed() {
            for fact in older.facts {
                if let current = known[fact.key] {
                    if current.value != fact.value {
                        restatements.append("\(fact.source): warning: \(fact.label) for \(fact.period) was \(fact.value) and is now \(current.value) (\(current.source)); the latest is used")
                    }
                    continue
                }
                known[fact.key] = fact
                merged.facts.append(fact)
            }
        }
        return (merged, restatements)
    }
}
