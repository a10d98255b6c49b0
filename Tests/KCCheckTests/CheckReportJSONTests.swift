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

    /// Every stored property of a result, a finding, a figure and a location is written when
    /// set: a field added to one of them and not to the writer fails here, whichever check fills it.
    @Test func everyFieldIsWritten() throws {
        let location = SourceLocation(file: "seed.txt", line: 3, column: 4)
        let figure = FigureRef(label: "l", period: .duration(start: Day(year: 2024, month: 7, day: 1), end: Day(year: 2024, month: 9, day: 30)),
                               value: 1, text: "t", source: location)
        let finding = Finding(severity: .error, check: "c", message: "m", location: location, figures: [figure], expected: 1, found: 2)
        let result = CheckResult(check: "c", subject: "s", status: .failed, reason: "r", findings: [finding])
        try Self.expectSame(CheckReport(results: [result]))
        let json = try #require(try JSONSerialization.jsonObject(with: CheckReport(results: [result]).json()) as? [String: Any])
        let written = try #require((json["results"] as? [[String: Any]])?.first)
        let writtenFinding = try #require((written["findings"] as? [[String: Any]])?.first)
        let writtenFigure = try #require((writtenFinding["figures"] as? [[String: Any]])?.first)
        func fields(_ value: Any) -> Set<String> { Set(Mirror(reflecting: value).children.compactMap(\.label)) }
        #expect(Set(written.keys) == fields(result))
        #expect(Set(writtenFinding.keys) == fields(finding))
        #expect(Set(writtenFigure.keys) == fields(figure))
        #expect(Set((writtenFigure["source"] as? [String: Any] ?? [:]).keys) == fields(location))
    }
}
