import Foundation
import KCImport
import KCModel
import Testing
@testable import KCReportCLI

/// The commands run in process, as a user would run them: exit codes, and
/// messages checked word for word.
@Suite struct CommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seed = root.appendingPathComponent("../shared/seeds/kingsoft-cloud-2024q3-earnings-release.txt").standardizedFileURL.path

    struct Run {
        var code: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: String...) -> Run {
        let capture = CapturingConsole()
        let code = KCReport.main(arguments, console: capture.console)
        return Run(code: code, stdout: capture.stdout, stderr: capture.stderr)
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kcreport-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func importPrintsTheModelAsJSON() throws {
        let run = Self.run("import", Self.seed, "--format", "json")
        #expect(run.code == 0)
        #expect(run.stderr == "")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let facts = try #require(object["facts"] as? [[String: Any]])
        #expect(facts.count == 397)
    }

    @Test func importWritesJSONAndYAMLThatReadBackAlike() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = folder.appendingPathComponent("model.json").path
        let yaml = folder.appendingPathComponent("model.yaml").path
        #expect(Self.run("import", Self.seed, "-o", json).code == 0)
        let run = Self.run("import", Self.seed, "-o", yaml)
        #expect(run.code == 0)
        #expect(run.stderr == "wrote \(yaml): 397 facts from 8 tables\n")
        let fromJSON = try ModelFile.decode(try Data(contentsOf: URL(fileURLWithPath: json)), as: .json)
        let fromYAML = try ModelFile.decode(try Data(contentsOf: URL(fileURLWithPath: yaml)), as: .yaml)
        #expect(fromJSON == fromYAML)
        // Only the two models: no temporary file left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["model.json", "model.yaml"])
    }

    @Test func missingReleaseExits66() {
        let run = Self.run("import", "no-such-release.txt", "--format", "json")
        #expect(run.code == 66)
        #expect(run.stdout == "")
        #expect(run.stderr == "kcreport: no-such-release.txt: no such file\n")
    }

    @Test func emptyReleaseExits65WithLocation() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty.txt").path
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        let run = Self.run("import", empty, "--format", "json")
        #expect(run.code == 65)
        #expect(run.stdout == "")
        #expect(run.stderr == """
            \(empty):1:1: error: the file is empty; expected the text of an earnings release
            kcreport: import of \(empty) failed with 1 error

            """)
    }

    @Test func failedImportLeavesThePreviousModel() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = folder.appendingPathComponent("model.json").path
        #expect(Self.run("import", Self.seed, "-o", model).code == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: model))
        let broken = folder.appendingPathComponent("broken.txt").path
        #expect(FileManager.default.createFile(atPath: broken, contents: Data("Just some words.\n".utf8)))
        #expect(Self.run("import", broken, "-o", model).code == 65)
        #expect(try Data(contentsOf: URL(fileURLWithPath: model)) == before)
    }

    @Test func badCommandLinesExit64() {
        let noOutput = Self.run("import", Self.seed)
        #expect(noOutput.code == 64)
        #expect(noOutput.stderr.contains("say where the model goes: -o FILE or --format json"))
        let badExtension = Self.run("import", Self.seed, "-o", "model.txt")
        #expect(badExtension.code == 64)
        #expect(badExtension.stderr.contains("-o model.txt: the file must end in .json, .yaml or .yml"))
        #expect(Self.run("frobnicate").code == 64)
    }

    @Test func unreadableModelExits65() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = folder.appendingPathComponent("model.json").path
        #expect(FileManager.default.createFile(atPath: model, contents: Data(#"{"format": 1, "facts": []}"#.utf8)))
        let run = Self.run("show", model)
        #expect(run.code == 65)
        #expect(run.stderr == "kcreport: \(model): not a kcreport model: missing key 'document' at the top level\n")
    }

    @Test func malformedModelNamesLineAndColumn() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = folder.appendingPathComponent("model.json").path
        #expect(FileManager.default.createFile(atPath: model, contents: Data("{\n  \"format\": 1\n  \"facts\": []\n}".utf8)))
        let run = Self.run("show", model)
        #expect(run.code == 65)
        #expect(run.stderr == "kcreport: \(model): not a kcreport model: line 3, column 3: expected ',' or '}' at the top level\n")
    }

    @Test func wrongShapedModelNamesThePath() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = folder.appendingPathComponent("model.json").path
        var text = try String(contentsOf: Self.root.appendingPathComponent("Examples/kc-2024q3.model.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"value\" : 2255287000", with: "\"value\" : \"2255287000\"")
        #expect(FileManager.default.createFile(atPath: model, contents: Data(text.utf8)))
        let run = Self.run("show", model)
        #expect(run.code == 65)
        #expect(run.stderr == "kcreport: \(model): not a kcreport model: Expected to decode Decimal but found a string instead. at .facts[0].value\n")
    }

    @Test func showSummarisesTheBundledExample() {
        let run = Self.run("show", Self.root.appendingPathComponent("Examples/kc-2024q3.model.json").path)
        #expect(run.code == 0)
        #expect(run.stdout.hasPrefix("Kingsoft Cloud Holdings Limited (NASDAQ: KC, HKEX: 3896)\nQ3 2024: 2024-07-01..2024-09-30, released 2024-11-19\n"))
        #expect(run.stdout.contains("Total revenues                               1,885.6 million CNY  (line 222)"))
        #expect(run.stdout.contains("Net loss                                     -1,061.1 million CNY  (line 239)"))
    }

    /// The committed example is what importing the seed gives today, without its prose.
    @Test func bundledExampleIsUpToDate() throws {
        // Imported under the same relative path the example was made with, so locations match.
        let text = try String(contentsOfFile: Self.seed, encoding: .utf8)
        let result = ReleaseImporter.importRelease(text: text, file: "../shared/seeds/kingsoft-cloud-2024q3-earnings-release.txt")
        let model = try #require(result.model).figuresOnly()
        let bundled = try Data(contentsOf: Self.root.appendingPathComponent("Examples/kc-2024q3.model.json"))
        #expect(try ModelFile.encode(model, as: .json) == bundled,
                "Examples/kc-2024q3.model.json is stale: re-run the import in the README with --figures-only")
        let decoded = try ModelFile.decode(bundled, as: .json)
        #expect(decoded.prose == Prose())
        #expect(decoded.document.headline == nil)
    }
}

/// `kcreport check`, as a user runs it.
@Suite struct CheckCommandTests {
    @Test func theSeedPasses() {
        let run = CommandTests.run("check", CommandTests.seed)
        #expect(run.code == 0)
        #expect(run.stdout.hasSuffix("533 checks run: 533 passed, 0 failed, 62 skipped; 0 errors, 0 warnings\n"))
    }

    @Test func aChangedFigureFailsWith65AndNamesIt() throws {
        let folder = try CommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOfFile: CommandTests.seed, encoding: .utf8)
            .replacingOccurrences(of: "Selling and marketing expenses were RMB121.1 million", with: "Selling and marketing expenses were RMB131.1 million")
        let path = folder.appendingPathComponent("release.txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        let run = CommandTests.run("check", path)
        #expect(run.code == 65)
        #expect(run.stdout.contains("\(path):87:37: error: [prose] the text says RMB131.1 million for Selling and marketing expenses (Q3 2024), but the table has 121,117,000 at \(path):226:"))
        #expect(run.stdout.contains("533 checks run: 532 passed, 1 failed"))
    }

    @Test func jsonReportParses() throws {
        let run = CommandTests.run("check", CommandTests.seed, "--format", "json")
        #expect(run.code == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(results.count == 595)
        #expect(results.contains { $0["status"] as? String == "skipped" && ($0["reason"] as? String)?.isEmpty == false })
    }

    @Test func strictFailsOnWarnings() throws {
        let folder = try CommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // One thousand off in total revenues: within the rounding of its parts, so a warning.
        let text = try String(contentsOfFile: CommandTests.seed, encoding: .utf8)
            .replacingOccurrences(of: "Total revenues\t1,625,208\t1,775,684\t1,891,780\t1,885,574", with: "Total revenues\t1,625,208\t1,775,684\t1,891,780\t1,885,575")
        let path = folder.appendingPathComponent("release.txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        #expect(CommandTests.run("check", path).code == 0)
        #expect(CommandTests.run("check", "--strict", path).code == 65)
    }
}
