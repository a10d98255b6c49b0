import Foundation
import KCModel
@testable import KCImport

/// The invented releases in `Fixtures/`, found beside this file so that tests
/// need no bundle lookup. Each is imported under its bare file name, so that
/// diagnostics read `northwind-2025q2.txt:41:16: …` wherever the checkout is.
enum LayoutFixture {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// Imports a fixture; a fixture that cannot be read becomes an error diagnostic, so
    /// the calling test fails on its expectations instead of crashing.
    static func load(_ name: String) -> ImportResult {
        do {
            return ReleaseImporter.importRelease(text: try text(name), file: name)
        } catch {
            let location = SourceLocation(file: name, line: 1, column: 1)
            return ImportResult(model: nil, diagnostics: [Diagnostic(.error, "fixture could not be read: \(error)", at: location)])
        }
    }

    /// Every `.txt` fixture, by name.
    static var all: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted()
    }
}
