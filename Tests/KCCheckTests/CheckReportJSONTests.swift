import Foundation
import KCCheck
import KCModel
import Testing

/// `CheckReport.json()` writes what `JSONEncoder` (sorted keys, pretty, slashes unescaped)
/// writes, byte for byte: for the seed, for every mutation's failures, and for text that
/// needs escaping.
@Suite struct CheckReportJSONTests {
    static func encoded(_ report: CheckReport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(report)
    }

    static func expectSame(_ report: CheckReport, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let expected = try encoded(report)
        let written = report.json()
        guard written != expected else { return }
        let first = zip(written, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(written.count, expected.count)
        Issue.record("differs from JSONEncoder at byte \(first): …\(String(decoding: written.dropFirst(max(0, first - 60)).prefix(120), as: UTF8.self))…",
                     sourceLocation: sourceLocation)
    }

    @Test func theSeedsReport() throws {
        let report = TieOut.run(try CheckFixtures.model(try CheckFixtures.seedText()))
        #expect(report.results.count > 400 && report.results.contains { $0.status == .skipped && $0.reason != nil })
        try Self.expectSame(report)
    }

    @Test func reportsWithFindings() throws {
        let seed = try CheckFixtures.seedText()
        for mutation in MutationTests.mutations {
            let text = try #require(CheckFixtures.mutate(seed, line: mutation.line, mutation.old, mutation.new))
            let report = TieOut.run(try CheckFixtures.model(text))
            #expect(!report.errors.isEmpty, "\(mutation)")
            try Self.expectSame(report)
        }
    }

    @Test func textThatNeedsEscaping() throws {
        var control = ""
        for value in 0..<32 { control.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        let strange = "a \"quoted\" back\\slash / slash \u{7F} é 雲 \u{2028} 😀 " + control
        let location = SourceLocation(file: "dir/\(strange).txt", line: 7, column: 12)
        let figure = FigureRef(label: strange, period: .instant(Day(year: 2024, month: 9, day: 30)), value: Decimal(string: "-0.00001")!,
                               text: strange, source: location)
        let finding = Finding(severity: .warning, check: strange, message: strange, location: nil, figures: [figure, figure],
                              expected: Decimal(string: "123456789012345678901234567890")!, found: 0)
        try Self.expectSame(CheckReport(results: [
            CheckResult(check: "x", subject: strange, status: .failed, findings: [finding]),
            CheckResult(check: "y", subject: "", status: .skipped, reason: strange),
        ]))
        try Self.expectSame(CheckReport(results: []))
    }
}
