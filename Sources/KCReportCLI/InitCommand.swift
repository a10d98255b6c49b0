import ArgumentParser
import Foundation

/// `kcreport init [DIR]`: a new project — a `kcreport.yaml` with one report, the
/// default templates, a fonts folder with a note — in which `kcreport build` works.
struct InitCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Make a new kcreport project: kcreport.yaml, the default templates and a fonts folder.")

    @Argument(help: "The folder to make the project in (created when missing).")
    var folder = "."

    @Option(help: "The release text or model file of the first report.")
    var source: String?

    @Option(help: "The id of the first report (it names its output folder).")
    var id = "report"

    @Option(help: "Templates to copy into the project (defaults to the ones kcreport was built with, whose fonts are copied too).")
    var templatesFrom: String?

    /// The templates folder of the kcreport source tree this binary was built from.
    static let builtInTemplates = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates").path

    func validate() throws {
        guard !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }), !id.hasPrefix(".") else {
            throw ValidationError("--id '\(id)' must be letters, digits, '-', '_' or '.' (it names a folder)")
        }
    }

    func run(console: Console) throws -> Int32 {
        let manager = FileManager.default
        let config = (folder as NSString).appendingPathComponent("kcreport.yaml")
        guard !manager.fileExists(atPath: config) else {
            throw CommandFailure("\(config) already exists; kcreport init leaves an existing project alone", code: Sysexit.cannotCreate)
        }
        let templates = templatesFrom ?? InitCommand.builtInTemplates
        guard manager.fileExists(atPath: (templates as NSString).appendingPathComponent("onepager.html.mustache")) else {
            throw CommandFailure("\(templates): no templates found there; pass --templates-from DIR", code: Sysexit.noInput)
        }
        var sourceLine = "source: release.txt   # the release text (exhibit 99.1) or a model file"
        if let source {
            guard manager.fileExists(atPath: source) else { throw CommandFailure("\(source): no such file", code: Sysexit.noInput) }
            let name = (source as NSString).lastPathComponent
            try copy(source, to: (folder as NSString).appendingPathComponent(name))
            sourceLine = "source: \"\(name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\""
        }
        try copyTree(templates, to: (folder as NSString).appendingPathComponent("Templates"))
        let fonts = (folder as NSString).appendingPathComponent("Fonts")
        try manager.createDirectory(atPath: fonts, withIntermediateDirectories: true)
        // The fonts kcreport was set up with (scripts/setup.sh copies them from Debian packages).
        let builtInFonts = (InitCommand.builtInTemplates as NSString).deletingLastPathComponent + "/Fonts"
        if manager.fileExists(atPath: builtInFonts) { try copyTree(builtInFonts, to: fonts) }
        try AtomicFile.write(Data("""
            Put the font files the PDF uses here (Inter, and a CJK font for names in Chinese);
            kcreport registers only this folder with fontconfig, so builds look the same on
            every machine. On Debian: apt-get install fonts-inter, then copy its .ttf files here.

            """.utf8), to: (fonts as NSString).appendingPathComponent("README.md"))
        try AtomicFile.write(Data("""
            # kcreport project: where things live and which reports to build.
            output: Output
            templates: Templates
            fonts: Fonts
            defaults:
              formats: [pdf, html, md]
              page: A4
            reports:
              - id: \(id)
                \(sourceLine)

            """.utf8), to: config)
        console.line("made a kcreport project in \(folder): kcreport.yaml, Templates/, Fonts/")
        if source == nil { console.line("next: put the release text at \((folder as NSString).appendingPathComponent("release.txt")), then run kcreport build there") }
        return Sysexit.ok
    }

    private func copy(_ from: String, to: String) throws {
        guard let data = FileManager.default.contents(atPath: from) else { throw CommandFailure("\(from): cannot be read", code: Sysexit.noInput) }
        try AtomicFile.write(data, to: to)
    }

    private func copyTree(_ from: String, to: String) throws {
        guard let enumerator = FileManager.default.enumerator(atPath: from) else { return }
        while let relative = enumerator.nextObject() as? String {
            let source = (from as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            try copy(source, to: (to as NSString).appendingPathComponent(relative))
        }
    }
}
