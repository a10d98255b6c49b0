import Foundation
import KCCheck
import KCImport
import KCModel
import Testing

/// Change one figure of the seed; the checks must fail with a finding that points
/// at the changed figure (its line) — whatever kind of figure it is.
@Suite struct MutationTests {
    struct Mutation: CustomTestStringConvertible, Sendable {
        var kind: String
        var line: Int
        var old: String
        var new: String
        var check: String
        var testDescription: String { "\(kind): line \(line) \(old) → \(new)" }
    }

    static let mutations: [Mutation] = [
        Mutation(kind: "segment cell", line: 219, old: "1,175,535", new: "1,175,635", check: "footing"),
        Mutation(kind: "subtotal", line: 224, old: "303,354", new: "303,454", check: "footing"),
        Mutation(kind: "balance-sheet line", line: 169, old: "2,314,827", new: "2,315,827", check: "footing"),
        Mutation(kind: "balance-sheet total", line: 181, old: "16,696,584", new: "16,697,584", check: "identity"),
        Mutation(kind: "cash-flow line", line: 333, old: "228,364", new: "228,864", check: "identity"),
        Mutation(kind: "reconciliation adjustment", line: 282, old: "40,423", new: "40,523", check: "reconciliation"),
        Mutation(kind: "printed margin", line: 270, old: "16.1%", new: "16.4%", check: "margin"),
        Mutation(kind: "nine-month total", line: 228, old: "671,834", new: "671,934", check: "period-sum"),
        Mutation(kind: "per-share figure", line: 243, old: "(0.29)", new: "(0.31)", check: "per-share"),
        Mutation(kind: "weighted shares", line: 245, old: "3,655,882,906", new: "3,955,882,906", check: "per-share"),
        Mutation(kind: "US$ cell", line: 222, old: "268,692", new: "268,792", check: "convenience"),
        Mutation(kind: "figure printed twice", line: 259, old: "303,354", new: "303,364", check: "consistency"),
        Mutation(kind: "prose amount", line: 87, old: "RMB121.1 million", new: "RMB123.1 million", check: "prose"),
        Mutation(kind: "prose growth rate", line: 71, old: "15.6%", new: "15.9%", check: "prose"),
        Mutation(kind: "prose percentage-point change", line: 61, old: "18.4 percentage points", new: "18.9 percentage points", check: "prose"),
        Mutation(kind: "prose margin", line: 79, old: "was 16.1%", new: "was 16.6%", check: "prose"),
        Mutation(kind: "prose translation", line: 89, old: "US\\$24.3 million", new: "US\\$25.3 million", check: "prose"),
        Mutation(kind: "prose comparison amount", line: 91, old: "RMB200.4 million", new: "RMB210.4 million", check: "prose"),
        Mutation(kind: "prose sentence arithmetic", line: 77, old: "by 8.7%", new: "by 9.7%", check: "prose"),
    ]

    @Test(arguments: mutations)
    func oneChangedFigureIsFound(_ mutation: Mutation) throws {
        let text = try #require(CheckFixtures.mutate(try CheckFixtures.seedText(), line: mutation.line, mutation.old, mutation.new))
        let report = TieOut.run(try CheckFixtures.model(text))
        #expect(!report.errors.isEmpty)
        let pointing = report.errors.filter { (finding: Finding) -> Bool in
            guard finding.check == mutation.check else { return false }
            if finding.location?.line == mutation.line { return true }
            return finding.figures.contains { (figure: FigureRef) in figure.source.line == mutation.line }
        }
        let described = report.errors.map { (finding: Finding) in finding.description }
        #expect(!pointing.isEmpty, "no \(mutation.check) error points at line \(mutation.line); errors: \(described)")
    }
}
