import Foundation
import KCModel
import Testing
@testable import KCReportCLI

/// `kcreport build` as the nightly job uses it: incremental, atomic, locked, logged.
@Suite struct NightlyBuildTests {
    static func project() throws -> (folder: URL, config: String) {
        let folder = try BuildCommandTests.project(config: BuildCommandTests.config)
        return (folder, folder.appendingPathComponent("kcreport.yaml").path)
    }

    static func contents(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let output = folder.appendingPathComponent("Output/kc-2024q3")
        guard let enumerator = FileManager.default.enumerator(atPath: output.path) else { return [:] }
        while let relative = enumerator.nextObject() as? String {
            let url = output.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = try Data(contentsOf: url)
            }
        }
        return files
    }

    @Test func aSecondBuildIsUpToDateAndTouchesNothing() throws {
        let (folder, config) = try Self.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(BuildCommandTests.run(["build", "--config", config]).code == 0)
        let first = try Self.contents(folder)
        #expect(Set(first.keys).isSuperset(of: ["manifest.json", "checks.json", "onepager.md", "onepager.html"]))
        let manifestDate = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("Output/kc-2024q3/manifest.json").path)[.modificationDate] as? Date
        let second = BuildCommandTests.run(["build", "--config", config])
        #expect(second.code == 0)
        #expect(second.stderr.contains("kc-2024q3  up to date"))
        #expect(second.stderr.contains("1 report: 0 built, 1 up to date, 0 failed"))
        #expect(try Self.contents(folder) == first)
        let after = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("Output/kc-2024q3/manifest.json").path)[.modificationDate] as? Date
        #expect(after == manifestDate)
        // --force rebuilds; the outputs are byte-identical but for the timings in the manifest.
        #expect(BuildCommandTests.run(["build", "--config", config, "--force"]).stderr.contains("1 built"))
        let forced = try Self.contents(folder)
        #expect(forced.filter { $0.key != "manifest.json" } == first.filter { $0.key != "manifest.json" })
    }

    @Test func changingAnInputRebuildsAndDryRunSaysWhy() throws {
        let (folder, config) = try Self.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A project-local copy of the templates, so that changing one is this test's business.
        let templates = folder.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: BuildCommandTests.root.appendingPathComponent("Templates"), to: templates)
        let localConfig = BuildCommandTests.config.replacingOccurrences(of: BuildCommandTests.root.appendingPathComponent("Templates").path, with: "Templates")
        try Data(localConfig.utf8).write(to: URL(fileURLWithPath: config))
        #expect(BuildCommandTests.run(["build", "--config", config]).code == 0)
        let dry = BuildCommandTests.run(["build", "--config", config, "--dry-run"])
        #expect(dry.stderr.contains("kc-2024q3  up to date"))
        let highlight = templates.appendingPathComponent("highlight.txt.mustache")
        try (try String(contentsOf: highlight, encoding: .utf8) + "\n").write(to: highlight, atomically: true, encoding: .utf8)
        let planned = BuildCommandTests.run(["build", "--config", config, "--dry-run"])
        #expect(planned.stderr.contains("kc-2024q3  would build (changed: templates)"))
        #expect(BuildCommandTests.run(["build", "--config", config]).stderr.contains("1 built"))
    }

    @Test func aSecondBuildWhileOneRunsExits75() throws {
        let (folder, config) = try Self.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        let held = try ProjectLock(folder: folder.path)
        let run = BuildCommandTests.run(["build", "--config", config])
        #expect(run.code == 75)
        #expect(run.stderr == "kcreport: another kcreport build is running in this project (pid \(getpid()), lock \(held.path)); try again when it has finished\n")
        _ = held
    }

    @Test func aStaleLockIsTakenOver() throws {
        let (folder, config) = try Self.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A lock file left by a build that died: a pid, but nobody holds the lock.
        try Data("999999\n".utf8).write(to: folder.appendingPathComponent(".kcreport.lock"))
        #expect(BuildCommandTests.run(["build", "--config", config]).code == 0)
    }

    @Test func jsonLogsOneLinePerStage() throws {
        let (folder, config) = try Self.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = BuildCommandTests.run(["build", "--config", config, "--log-format", "json"])
        #expect(run.code == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count >= 6)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["report"] as? String == "kc-2024q3")
            #expect(object["result"] as? String == "ok")
            #expect(object["duration_ms"] is NSNumber)
        }
        #expect(lines.contains { $0.contains("\"stage\":\"checking\"") })
    }

    @Test func leftoversOfAKilledBuildAreSweptAndTheOutputIsWhole() throws {
        let (folder, config) = try Self.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(BuildCommandTests.run(["build", "--config", config]).code == 0)
        let good = try Self.contents(folder)
        // A build killed while writing leaves only its staging folder, never a half-written report.
        let staging = folder.appendingPathComponent("Output/.kc-2024q3.new-999999")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try Data("half".utf8).write(to: staging.appendingPathComponent("onepager.html"))
        #expect(try Self.contents(folder) == good)
        #expect(BuildCommandTests.run(["build", "--config", config, "--force"]).code == 0)
        #expect(!FileManager.default.fileExists(atPath: staging.path))
    }

    @Test func oneFailingReportDoesNotStopTheOthers() throws {
        let folder = try BuildCommandTests.project(config: "")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("not a release\n".utf8).write(to: folder.appendingPathComponent("broken.txt"))
        let config = folder.appendingPathComponent("kcreport.yaml").path
        try Data("""
            output: Output
            templates: \(BuildCommandTests.root.appendingPathComponent("Templates").path)
            fonts: \(BuildCommandTests.root.appendingPathComponent("Fonts").path)
            reports:
              - id: good
                source: kc.model.json
              - id: broken
                source: broken.txt

            """.utf8).write(to: URL(fileURLWithPath: config))
        let run = BuildCommandTests.run(["build", "--config", config])
        #expect(run.code == 65)
        #expect(run.stderr.contains("good    built"))
        #expect(run.stderr.contains("broken  FAILED (exit 65)"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output/good/onepager.html").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output/broken").path))
    }

    @Test func initMakesAProjectThatBuilds() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kcreport-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = BuildCommandTests.run(["init", folder.path, "--source", BuildCommandTests.seed.path, "--id", "kc"])
        #expect(made.code == 0, "\(made.stderr)")
        let config = folder.appendingPathComponent("kcreport.yaml").path
        let run = BuildCommandTests.run(["build", "--config", config])
        #expect(run.code == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output/kc/onepager.html").path))
        #expect(BuildCommandTests.run(["init", folder.path]).code == 73)
    }
}
