import ArgumentParser
import Foundation
import KCCheck
import KCModel
import KCSVG
import KCTemplates
import KCView

/// `kcreport build`: for each report in `kcreport.yaml`, writes `Output/<id>/onepager.md`,
/// `onepager.html` and `charts/*.svg`, each file whole or not at all.
struct BuildCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the one-pagers of the reports in kcreport.yaml (Markdown, HTML, SVG charts).",
        discussion: "Exit 78 for a bad configuration or template, 65 when a model cannot be shown, 66 when a source is missing, 73 when output cannot be written.")

    @Argument(help: "Report ids to build; all when none are given.")
    var reports: [String] = []

    @Option(help: "The project configuration.")
    var config = "kcreport.yaml"

    @Option(help: "Show figures in this currency: the reporting currency (default) or the release's convenience currency (e.g. USD, US$).")
    var displayCurrency: String?

    @Option(help: "A templates folder to use instead of the configuration's.")
    var templates: String?

    @Flag(help: "Write a report even when its checks found errors; the one-pager then says so.")
    var allowFailedChecks = false

    func run(console: Console) throws -> Int32 {
        let project = try ProjectConfig.load(config)
        let unknown = reports.filter { id in !project.reports.contains { $0.id == id } }
        guard unknown.isEmpty else {
            throw CommandFailure("\(config): no report with id \(unknown.map { "'\($0)'" }.joined(separator: ", ")); known: \(project.reports.map(\.id).joined(separator: ", "))", code: Sysexit.usage)
        }
        let selected = project.reports.filter { reports.isEmpty || reports.contains($0.id) }
        let templateFolder = templates ?? project.resolve(project.templates)
        let renderer = try BuildCommand.stage("templates") {
            let renderer = OnePagerRenderer(library: try TemplateLibrary(directory: templateFolder))
            try renderer.check()
            return renderer
        }
        for (index, report) in selected.enumerated() {
            let started = Date()
            let written = try build(report, in: project, renderer: renderer, console: console)
            let milliseconds = Int(Date().timeIntervalSince(started) * 1000)
            console.errorLine("[\(index + 1)/\(selected.count)] \(report.id): wrote \(written.joined(separator: ", ")) (\(milliseconds) ms)")
        }
        return Sysexit.ok
    }

    /// Builds one report: load, (check), view, render, write.
    func build(_ report: ProjectConfig.Report, in project: ProjectConfig, renderer: OnePagerRenderer, console: Console) throws -> [String] {
        let model = try ModelSource.load(project.resolve(report.source), console: console)
        let checks = TieOut.run(model).summary
        // A report whose figures do not tie out is not published; the previous output stays.
        guard checks.isClean || allowFailedChecks else {
            let first = checks.errorMessages.prefix(3).map { "\n  \($0)" }.joined()
            throw CommandFailure("\(report.id): \(checks.errors) check error\(checks.errors == 1 ? "" : "s"); nothing written (kcreport check \(report.source) lists them):\(first)", code: Sysexit.dataError)
        }
        let language = report.names.keys.sorted().first { $0.hasPrefix("zh") } ?? report.names.keys.sorted().first
        let options = ViewOptions(displayCurrency: displayCurrency, localName: language.flatMap { report.names[$0] }, localNameLanguage: language)
        let pager = try BuildCommand.stage("view", report: report.id, code: Sysexit.dataError) {
            try OnePagerBuilder(model: model, checks: checks, options: options).build()
        }
        let markdown = try BuildCommand.stage("render", report: report.id) { try renderer.markdown(pager.view) }
        let html = try BuildCommand.stage("render", report: report.id) { try renderer.html(OnePagerCharts.inlined(pager)) }
        let folder = (project.resolve(project.output) as NSString).appendingPathComponent(report.id)
        var files: [(String, String)] = [("onepager.md", markdown), ("onepager.html", html)]
        files += OnePagerCharts.files(pager).map { ($0.path, $0.text) }
        var written: [String] = []
        for (name, text) in files {
            let path = (folder as NSString).appendingPathComponent(name)
            try AtomicFile.write(Data(text.utf8), to: path)
            written.append(path)
        }
        return written
    }

    /// Runs a stage, stamping its name (and the report's) onto a view or template error.
    static func stage<T>(_ name: String, report: String? = nil, code: Int32 = Sysexit.config, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as TemplateError {
            throw CommandFailure("\(name)\(report.map { " \($0)" } ?? ""): \(error)", code: Sysexit.config)
        } catch let error as ViewError {
            throw CommandFailure("\(name)\(report.map { " \($0)" } ?? ""): \(error)", code: code)
        }
    }
}
