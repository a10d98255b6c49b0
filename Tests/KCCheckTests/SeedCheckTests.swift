import Foundation
import KCCheck
import KCImport
import KCModel
import Testing

@Suite struct SeedCheckTests {
    let report: CheckReport

    init() throws {
        report = TieOut.run(try CheckFixtures.model(try CheckFixtures.seedText()))
    }

    @Test func everyCheckPasses() {
        #expect(report.errors.map(\.description) == [])
        #expect(report.summary.failed == 0)
        #expect(report.summary.run > 400)
    }

    @Test func everyKindOfCheckRan() {
        let kinds = Set(report.results.filter { $0.status == .passed }.map(\.check))
        #expect(kinds == ["footing", "reconciliation", "identity", "margin", "period-sum", "convenience", "per-share", "consistency", "prose"])
    }

    @Test func skippedChecksSayWhy() {
        for result in report.results where result.status == .skipped {
            #expect(result.reason?.isEmpty == false, "\(result.subject)")
        }
        // 9M 2023 cannot be summed: Q1 and Q2 2023 are not in the release.
        #expect(report.results.contains { $0.check == "period-sum" && $0.status == .skipped && $0.reason == "not in the release: Q1 2023, Q2 2023" })
    }

    @Test func proseClaimsAreVerifiedOrExplained() {
        let prose = report.results.filter { $0.check == "prose" }
        let verified = prose.filter { $0.status == .passed }
        #expect(verified.count >= 80)
        // Every claim on the revenue line is verified: amount, translation, growth and both comparisons.
        let revenues = prose.filter { $0.subject.hasPrefix("line 69 ") }
        #expect(revenues.count == 5)
        #expect(revenues.allSatisfy { $0.status == .passed })
        // IDC costs are not a line of the tables, but the sentence's own arithmetic is checked.
        let idc = prose.filter { $0.subject.hasPrefix("line 77 ") && $0.subject.contains("8.7%") }
        #expect(idc.map(\.status) == [.passed])
    }

    @Test func aTotalWithinRoundingIsANoteNotAnError() throws {
        var text = try CheckFixtures.seedText()
        // Off by one thousand: within the rounding of the five parts of total revenues.
        text = try #require(CheckFixtures.mutate(text, line: 222, "1,885,574", "1,885,575"))
        let report = TieOut.run(try CheckFixtures.model(text))
        let footing = report.findings.filter { $0.check == "footing" && $0.location?.line == 222 }
        #expect(footing.map(\.severity).contains(.warning))
        #expect(footing.first?.message.contains("within the rounding of 3 parts") == true)
    }
}

/// A release in another layout (US$, millions, current period first, expenses
/// printed positive), written for these tests, ties out too.
@Suite struct OtherLayoutCheckTests {
    @Test func northwindTiesOut() throws {
        let model = try CheckFixtures.model(try CheckFixtures.fixture("northwind-2025q2.txt"), file: "northwind-2025q2.txt")
        let report = TieOut.run(model)
        #expect(report.errors.map(\.description) == [])
        #expect(report.summary.passed >= 70)
        let kinds = Set(report.results.filter { $0.status == .passed }.map(\.check))
        #expect(kinds.isSuperset(of: ["footing", "identity", "reconciliation", "consistency", "per-share", "prose"]))
        // The outlook is a forecast: skipped, never compared with this quarter's figures.
        #expect(report.results.contains { $0.check == "prose" && $0.reason == "unverifiable: a forecast, which the tables cannot confirm" })
    }

    @Test func aCondensedTableWithoutTheLinesBetweenIsSkippedNotFailed() throws {
        let model = try CheckFixtures.model(try CheckFixtures.fixture("current-first.txt"), file: "current-first.txt")
        let report = TieOut.run(model)
        #expect(report.errors.isEmpty)
        #expect(report.results.contains { $0.status == .skipped && $0.reason == "the table prints no rows between 'Gross profit' and 'Net loss'" })
    }
}
