import Foundation
import KCModel
import Testing
import KCImport

/// Models the importer makes, written with `ModelFile.encode` and read back: `ModelFile.decode`
/// (its own JSON reader) gives exactly what JSONDecoder gives, prose and all.
@Suite struct ImportedModelJSONTests {
    static func expectSameModelBothWays(_ model: FinancialModel, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let data = try ModelFile.encode(model, as: .json)
        let viaJSONDecoder = try JSONDecoder().decode(FinancialModel.self, from: data)
        let viaReader = try ModelFile.decode(data, as: .json)
        #expect(viaReader == viaJSONDecoder, sourceLocation: sourceLocation)
        #expect(viaReader == model, sourceLocation: sourceLocation)
        // Decimal's == compares values; the encoding shows how each is stored as well.
        #expect(try ModelFile.encode(viaReader, as: .json) == data, sourceLocation: sourceLocation)
        #expect(decimalBits(viaReader) == decimalBits(viaJSONDecoder), sourceLocation: sourceLocation)
    }

    static func decimalBits(_ model: FinancialModel) -> [[UInt8]] {
        var decimals = [model.document.scale] + (model.document.convenienceRate.map { [$0.rate] } ?? [])
        decimals += model.facts.map(\.value)
        for statement in model.statements {
            decimals.append(statement.scale)
            for row in statement.rows { decimals += [row.sign] + row.cells.compactMap { $0?.value } }
        }
        for sentence in model.prose.figureSentences {
            for figure in sentence.figures { decimals += [figure.value, figure.precision] }
        }
        return decimals.map { decimal in withUnsafeBytes(of: decimal) { Array($0) } }
    }

    @Test func theSeedReleaseWithItsProse() throws {
        let result = ReleaseImporter.importRelease(text: try SeedRelease.text(), file: SeedRelease.relativePath)
        let model = try #require(result.model)
        #expect(!model.prose.figureSentences.isEmpty && !model.prose.quotes.isEmpty)
        try Self.expectSameModelBothWays(model)
        try Self.expectSameModelBothWays(model.figuresOnly())
    }

    /// The fixtures that import without errors (the `broken-*` ones do not).
    static let importable = LayoutFixture.all.filter { !LayoutFixture.load($0).hasErrors }

    /// So that no fixture is left out of the comparison unnoticed.
    @Test func everyFixtureButTheBrokenOnesImports() {
        #expect(Self.importable == LayoutFixture.all.filter { !$0.hasPrefix("broken-") })
    }

    @Test(arguments: importable)
    func everyFixtureThatImports(_ name: String) throws {
        try Self.expectSameModelBothWays(try #require(LayoutFixture.load(name).model))
    }
}
