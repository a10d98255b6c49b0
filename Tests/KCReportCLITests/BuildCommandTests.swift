import Foundation
import KCImport
import KCModel
import Testing
@testable import KCReportCLI

/// `kcreport build` in process: a project in a temporary folder, its outputs, and its configuration errors word for word.
@Suite struct BuildCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seed = root.appendingPathComponent("../shared/seeds/kingsoft-cloud-2024q3-earnings-release.txt").standardizedFileURL

    struct Run {
        var code: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String]) -> Run {
        let capture = CapturingConsole()
        let code = KCReport.main(arguments, console: capture.console)
        return Run(code: code, stdout: capture.stdout, stderr: capture.stderr)
    }

    /// A project folder with the example model (the seed, figures only) and `config` as its kcreport.yaml.
    static func project(config: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kcreport-build-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = try String(contentsOf: seed, encoding: .utf8)
        let model = try #require(ReleaseImporter.importRelease(text: text, file: seed.lastPathComponent).model).figuresOnly()
        try ModelFile.encode(model, as: .json).write(to: folder.appendingPathComponent("kc.model.json"))
        try Data(config.utf8).write(to: folder.appendingPathComponent("kcreport.yaml"))
        return folder
    }

    static let config = """
        output: Output
        templates: \(root.appendingPathComponent("Templates").path)
        fonts: \(root.appendingPathComponent("Fonts").path)
        reports:
          - id: kc-2024q3
            source: kc.model.json
            names: {zh: 金山雲控股有限公司}

        """

    @Test func writesTheOnePagerAndItsCharts() throws {
        let folder = try Self.project(config: Self.config)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = Self.run(["build", "--config", folder.appendingPathComponent("kcreport.yaml").path])
        #expect(run.code == 0, "\(run.stderr)")
        let output = folder.appendingPathComponent("Output/kc-2024q3")
        for name in ["onepager.md", "onepager.html", "onepager.pdf", "charts/revenue-mix.svg", "charts/margins.svg", "checks.json", "manifest.json"] {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(name).path), "\(name) missing")
        }
        #expect(run.stderr.contains("kc-2024q3  built "))
        #expect(run.stderr.contains(" ms  \(output.path)\n1 report: 1 built, 0 up to date, 0 failed"))
        let markdown = try String(contentsOf: output.appendingPathComponent("onepager.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("# Kingsoft Cloud Holdings Limited · 金山雲控股有限公司\n"))
        #expect(markdown.contains("All 413 checks of the figures passed."))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    /// A report whose figures do not tie out is not published: exit 65, the previous
    /// output untouched; `--allow-failed-checks` publishes it, saying so on the page.
    @Test func failedChecksKeepThePreviousOutput() throws {
        let folder = try Self.project(config: Self.config)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("kcreport.yaml").path
        #expect(Self.run(["build", "--config", config]).code == 0)
        let page = folder.appendingPathComponent("Output/kc-2024q3/onepager.md")
        let good = try Data(contentsOf: page)
        // Gross profit one million off: it no longer equals revenues less cost of revenues.
        var model = try ModelFile.decode(try Data(contentsOf: folder.appendingPathComponent("kc.model.json")), as: .json)
        let index = try #require(model.facts.firstIndex { $0.concept == "GrossProfit" && $0.period == model.document.fiscalPeriod })
        model.facts[index].value += 1_000_000
        try ModelFile.encode(model, as: .json).write(to: folder.appendingPathComponent("kc.model.json"))
        let refused = Self.run(["build", "--config", config])
        #expect(refused.code == 65)
        #expect(refused.stderr.contains("kc-2024q3  FAILED (exit 65)  4 check errors; nothing written, the previous output stays (kcreport check kc.model.json lists them):"))
        #expect(try Data(contentsOf: page) == good)
        let forced = Self.run(["build", "--config", config, "--allow-failed-checks"])
        #expect(forced.code == 0, "\(forced.stderr)")
        let markdown = try String(contentsOf: page, encoding: .utf8)
        #expect(markdown.contains("The checks found problems: 413 checks run, 4 errors."))
        #expect(try Data(contentsOf: page) != good)
    }

    /// A rebuild publishes a file whose bytes did not change as the same file (linked, same
    /// inode and date); a file that changed, or was edited by hand since, is written anew.
    @Test func anUnchangedFileIsPublishedAsItWas() throws {
        let folder = try Self.project(config: Self.config)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("kcreport.yaml").path
        let output = folder.appendingPathComponent("Output/kc-2024q3")
        func inode(_ name: String) throws -> UInt64 {
            try #require(FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(name).path)[.systemFileNumber] as? UInt64)
        }
        func contents(_ name: String) throws -> Data { try Data(contentsOf: output.appendingPathComponent(name)) }
        let names = ["onepager.pdf", "onepager.md", "onepager.html", "charts/margins.svg", "checks.json"]

        #expect(Self.run(["build", "--config", config]).code == 0)
        let first = try names.map(inode)
        let markdown = try contents("onepager.md")
        #expect(Self.run(["build", "--config", config, "--force"]).code == 0)
        #expect(try names.map(inode) == first)
        #expect(try contents("onepager.md") == markdown)

        // Edited by hand, same length: the build puts its own bytes back, in a new file.
        var edited = markdown
        edited[edited.startIndex] = UInt8(ascii: "X")
        try edited.write(to: output.appendingPathComponent("onepager.md"))
        #expect(Self.run(["build", "--config", config, "--force"]).code == 0)
        #expect(try contents("onepager.md") == markdown)
        #expect(try inode("onepager.md") != first[1])
        #expect(try inode("onepager.pdf") == first[0])

        // Other figures: the page and the text are new files; the previous ones are gone.
        #expect(Self.run(["build", "--config", config, "--display-currency", "USD"]).code == 0)
        #expect(try inode("onepager.pdf") != first[0])
        #expect(try String(decoding: contents("onepager.md"), as: UTF8.self).contains("US$ in millions"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Output").path) == ["kc-2024q3"])
    }

    @Test func displayCurrencyAndTemplatesOptions() throws {
        let folder = try Self.project(config: Self.config)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("kcreport.yaml").path
        let run = Self.run(["build", "--config", config, "--display-currency", "USD", "--templates", Self.root.appendingPathComponent("Templates").path])
        #expect(run.code == 0, "\(run.stderr)")
        let markdown = try String(contentsOf: folder.appendingPathComponent("Output/kc-2024q3/onepager.md"), encoding: .utf8)
        #expect(markdown.contains("US$ in millions, translated from RMB at the release's convenience rate of RMB7.0176 to US$1.00"))
        let euro = Self.run(["build", "--config", config, "--display-currency", "EUR"])
        #expect(euro.code == 65)
        #expect(euro.stderr.contains("kc-2024q3  FAILED (exit 65)  cannot show figures in EUR: the release reports in CNY and gives no convenience rate to EUR\n"))
    }

    @Test func configurationErrorsExit78() throws {
        let cases: [(String, String)] = [
            ("output: Output\ntemplates: Templates\ncolour: blue\nreports: []\n",
             "3:1: unknown key 'colour' in the configuration; known keys: defaults, email, fonts, output, reports, templates"),
            ("output: Output\nreports: []\n", "1:1: missing key 'templates'"),
            ("output: Output\ntemplates: Templates\nreports:\n  - id: a\n", "4:5: report 'a' is missing key 'source'"),
            ("output: Output\ntemplates: Templates\nreports:\n  - id: a\n    source: a.json\n    sauce: b\n",
             "6:5: unknown key 'sauce' in a report; known keys: display-currency, email, formats, history, id, language, names, page, source"),
            ("output: Output\ntemplates: Templates\nreports:\n  - id: a\n    source: kc.model.json\n  - id: a\n    source: kc.model.json\n",
             "6:9: report id 'a' is used twice"),
            ("output: Output\ntemplates: Templates\nreports:\n  - id: a\n    source: kc.model.json\n    formats: [pdf, docx]\n",
             "6:20: unknown format 'docx'; expected one of pdf, png, html, md"),
            ("output: Output\ntemplates: Templates\ndefaults:\n  page: A5\nreports: []\n", "4:9: 'page' must be A4 or Letter"),
            ("output: Output\ntemplates: Templates\nreports:\n  - id: ../a\n    source: a.json\n",
             "4:9: report id '../a' must be letters, digits, '-', '_' or '.' (it names a folder)"),
            ("output: Output\ntemplates: Templates\nreports: {id: a}\n", "3:10: 'reports' must be a list of {id, source}"),
        ]
        for (yaml, message) in cases {
            let folder = try Self.project(config: yaml)
            defer { try? FileManager.default.removeItem(at: folder) }
            let config = folder.appendingPathComponent("kcreport.yaml").path
            let run = Self.run(["build", "--config", config])
            #expect(run.code == 78)
            #expect(run.stderr == "kcreport: \(config):\(message)\n")
        }
    }

    /// The text formats are written to the staging folder while the page is drawn: when the
    /// page then fails, nothing is published and nothing is left behind; an earlier output stays.
    @Test func aPageThatCannotBeDrawnPublishesNothing() throws {
        let folder = try Self.project(config: Self.config)
        defer { try? FileManager.default.removeItem(at: folder) }
        let configFile = folder.appendingPathComponent("kcreport.yaml")
        let noInter = folder.appendingPathComponent("NoInter")
        try FileManager.default.createDirectory(at: noInter, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Fonts/DroidSansFallbackFull.ttf"),
                                         to: noInter.appendingPathComponent("DroidSansFallbackFull.ttf"))
        let broken = Self.config.replacingOccurrences(of: "fonts: \(Self.root.appendingPathComponent("Fonts").path)", with: "fonts: NoInter")
        #expect(broken != Self.config)
        let output = folder.appendingPathComponent("Output")

        try Data(broken.utf8).write(to: configFile)
        let first = Self.run(["build", "--config", configFile.path])
        #expect(first.code == 78, "\(first.stderr)")
        #expect(first.stderr.contains("no font of the family “Inter”"), "\(first.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))

        // Three such reports at once, into a folder two levels down: none of it stays.
        let three = broken.replacingOccurrences(of: "output: Output", with: "output: build/out")
            + ["b", "c"].map { "  - id: \($0)\n    source: kc.model.json\n" }.joined()
        try Data(three.utf8).write(to: configFile)
        #expect(Self.run(["build", "--config", configFile.path]).code == 78)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("build").path))

        try Data(Self.config.utf8).write(to: configFile)
        #expect(Self.run(["build", "--config", configFile.path]).code == 0)
        let page = output.appendingPathComponent("kc-2024q3/onepager.md")
        let good = try Data(contentsOf: page)
        try Data(broken.utf8).write(to: configFile)
        #expect(Self.run(["build", "--config", configFile.path, "--display-currency", "USD"]).code == 78)
        #expect(try Data(contentsOf: page) == good)
        // The same figures: whatever was staged (the text files may be linked to the published
        // ones by the time the page fails) goes, and the published page has no other name.
        #expect(Self.run(["build", "--config", configFile.path, "--force"]).code == 78)
        #expect(try Data(contentsOf: page) == good)
        #expect((try FileManager.default.attributesOfItem(atPath: page.path)[.referenceCount] as? Int) == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["kc-2024q3"])
    }

    @Test func aBrokenTemplateExits78() throws {
        let folder = try Self.project(config: Self.config)
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("T")
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Templates"), to: templates)
        try Data("{{% CONTENT_TYPE: TEXT }}\n{{header.compny}}\n".utf8).write(to: templates.appendingPathComponent("onepager.md.mustache"))
        let run = Self.run(["build", "--config", folder.appendingPathComponent("kcreport.yaml").path, "--templates", templates.path])
        #expect(run.code == 78)
        // Templates load while the report is loaded and checked, so progress lines may come first;
        // the one error is the template's, and nothing is written.
        #expect(run.stderr.hasSuffix("\nkcreport: templates: \(templates.path)/onepager.md.mustache:2:1: unknown key 'header.compny'\n"))
        #expect(run.stderr.components(separatedBy: "kcreport: ").count == 2, "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output").path))
    }

    @Test func unknownReportIdIsAUsageError() throws {
        let folder = try Self.project(config: Self.config)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("kcreport.yaml").path
        let run = Self.run(["build", "--config", config, "nope"])
        #expect(run.code == 64)
        #expect(run.stderr == "kcreport: \(config): no report with id 'nope'; known: kc-2024q3\n")
    }

    @Test func theBundledConfigurationReads() throws {
        let config = try ProjectConfig.load(Self.root.appendingPathComponent("kcreport.yaml").path)
        #expect(config.reports.map(\.id) == ["kc-2024q3"])
        #expect(config.templates == "Templates")
    }
}
