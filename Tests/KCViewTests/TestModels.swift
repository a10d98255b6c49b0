import Foundation
import KCImport
import KCModel

/// The models the view tests use: the example (the seed release, figures only) and Northwind.
enum TestModels {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seed = root.appendingPathComponent("../shared/seeds/kingsoft-cloud-2024q3-earnings-release.txt").standardizedFileURL
    static let northwind = root.appendingPathComponent("Tests/KCImportTests/Fixtures/northwind-2025q2.txt")

    static func load(_ url: URL) throws -> FinancialModel {
        let text = try String(contentsOf: url, encoding: .utf8)
        let result = ReleaseImporter.importRelease(text: text, file: url.lastPathComponent)
        guard let model = result.model else { throw CocoaError(.fileReadCorruptFile) }
        return model
    }

    static func example() throws -> FinancialModel { try load(seed).figuresOnly() }
    static func northwindModel() throws -> FinancialModel { try load(northwind) }
}
