import Foundation
import KCImport
import KCModel
import KCSVG
import KCTemplates
import KCView
import Testing

/// Paths, models and helpers for the template tests.
enum TestSupport {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = root.appendingPathComponent("Templates").path
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let seed = root.appendingPathComponent("../shared/seeds/kingsoft-cloud-2024q3-earnings-release.txt").standardizedFileURL
    static let northwind = root.appendingPathComponent("Tests/KCImportTests/Fixtures/northwind-2025q2.txt")

    static func load(_ url: URL) throws -> FinancialModel {
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let model = ReleaseImporter.importRelease(text: text, file: url.lastPathComponent).model else { throw CocoaError(.fileReadCorruptFile) }
        return model
    }

    /// The bundled example: the Q3 2024 release read with its figures only (what `Examples/kc-2024q3.model.json` holds).
    static func example() throws -> FinancialModel { try load(seed).figuresOnly() }

    static func renderer(_ folder: String = templates) throws -> OnePagerRenderer {
        OnePagerRenderer(library: try TemplateLibrary(directory: folder))
    }

    static func pager(_ model: FinancialModel) throws -> OnePager {
        try OnePagerBuilder(model: model, checks: nil).build()
    }

    /// Markdown and HTML of a model with the project's templates.
    static func render(_ model: FinancialModel) throws -> (markdown: String, html: String) {
        let pager = try pager(model)
        let renderer = try renderer()
        return (try renderer.markdown(pager.view), try renderer.html(OnePagerCharts.inlined(pager)))
    }

    /// Compares `text` with a golden file; with KCREPORT_RECORD=1 it writes the file instead.
    static func assertGolden(_ text: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["KCREPORT_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: golden, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "\(name) differs from its golden file; re-record with KCREPORT_RECORD=1 and review the diff", sourceLocation: sourceLocation)
    }

    /// A templates folder made of the project's templates with some files replaced (or removed, for nil).
    static func templatesFolder(replacing files: [String: String?]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kcreport-templates-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: templates, toPath: folder.path)
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            if let text {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            } else {
                try FileManager.default.removeItem(at: url)
            }
        }
        return folder.path
    }

    /// Full path of an executable on PATH, or nil.
    static func tool(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Runs a tool with `input` on standard input; returns exit status, stdout and stderr.
    static func run(_ path: String, _ arguments: [String], input: String = "") throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}
