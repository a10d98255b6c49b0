import Foundation
import KCCheck
import KCImport
import KCModel
import Testing

/// Inputs for the check tests: the seed release, single-figure mutations of it,
/// and fixtures of another layout.
enum CheckFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedPath = root.appendingPathComponent("../shared/seeds/kingsoft-cloud-2024q3-earnings-release.txt").standardizedFileURL.path
    static let file = "seed.txt"

    static func seedText() throws -> String {
        try String(contentsOfFile: seedPath, encoding: .utf8)
    }

    static func fixture(_ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("Tests/KCImportTests/Fixtures/\(name)"), encoding: .utf8)
    }

    /// The model of `text`, which must import without errors.
    static func model(_ text: String, file: String = file, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> FinancialModel {
        let result = ReleaseImporter.importRelease(text: text, file: file)
        #expect(result.errors.isEmpty, "\(result.errors)", sourceLocation: sourceLocation)
        return try #require(result.model, sourceLocation: sourceLocation)
    }

    /// The seed with `old` replaced by `new` on line `line` only (the replacement must happen).
    static func mutate(_ text: String, line: Int, _ old: String, _ new: String) -> String? {
        var lines = text.components(separatedBy: "\n")
        guard line - 1 < lines.count, let range = lines[line - 1].range(of: old) else { return nil }
        lines[line - 1].replaceSubrange(range, with: new)
        return lines.joined(separator: "\n")
    }
}
