import Foundation
import KCCheck
import KCGraphics
import KCModel
import KCScene
import KCSVG
import KCTemplates
import KCView

/// Builds one report through named stages — load, check, view, render, write —
/// timing each and stamping the report and stage onto any failure.
struct ReportBuilder: Sendable {
    enum Status: Sendable {
        case built
        case upToDate
        case planned(String)
        case failed(code: Int32, message: String)
    }

    struct Outcome: Sendable {
        var report: String
        var status: Status
        var milliseconds: Int
        var folder: String
    }

    let project: ProjectConfig
    /// The checked templates, still loading while the first reports are loaded and checked.
    let renderer: Deferred<OnePagerRenderer>
    let templateFolder: String
    let hasher: FileHasher
    let models: ModelCache
    let fontWarmUp: FontWarmUp
    let log: BuildLog
    let console: Console
    let force: Bool
    let dryRun: Bool
    let allowFailedChecks: Bool
    /// Overrides of the command line, applied over the configuration's settings.
    let displayCurrency: String?

    func folder(of report: ProjectConfig.Report) -> String {
        (project.resolve(project.output) as NSString).appendingPathComponent(report.id)
    }

    func build(_ report: ProjectConfig.Report, index: Int, total: Int) -> Outcome {
        let started = DispatchTime.now()
        let output = folder(of: report)
        let stages = StageClock(log: log, report: report.id, index: index, total: total)
        do {
            // A forced build draws every report: the fonts load from the start, while the
            // inputs are hashed, loaded and checked.
            if force && !dryRun { fontWarmUp.start(for: report) }
            let previous = Manifest.read(folder: output)
            if let previous { hasher.remember([previous.inputs.source] + previous.inputs.history + previous.inputs.templates + previous.inputs.fonts) }
            let inputs = try stages.run("hashing inputs") { try self.inputs(of: report) }
            let fingerprint = inputs.fingerprint
            let reason: String
            if let previous, previous.fingerprint == fingerprint, !force, previous.outputs.keys.allSatisfy({ FileManager.default.fileExists(atPath: (output as NSString).appendingPathComponent($0)) }) {
                log.end("build", report: report.id, milliseconds: started.millisecondsAgo, result: "skipped", message: "up to date")
                return Outcome(report: report.id, status: dryRun ? .planned("up to date") : .upToDate, milliseconds: started.millisecondsAgo, folder: output)
            } else if force {
                reason = "forced"
            } else if let previous {
                let changes = inputs.changes(since: previous.inputs)
                reason = changes.isEmpty ? "incomplete output" : "changed: " + changes.joined(separator: ", ")
            } else {
                reason = "new"
            }
            if dryRun { return Outcome(report: report.id, status: .planned("would build (\(reason))"), milliseconds: started.millisecondsAgo, folder: output) }
            let settings = report.settings
            fontWarmUp.start(for: report)  // unless a forced build started it above

            let sourcePath = project.resolve(report.source)
            var model = try stages.run("loading \(report.source)") {
                try models.model(sourcePath, hash: inputs.source.sha256) { try ModelSource.load(sourcePath, console: console) }
            }
            let checked = try stages.run("checking") { models.checks(sourcePath, hash: inputs.source.sha256) { TieOut.run(model) } }
            let checks = checked.summary
            guard checks.isClean || allowFailedChecks else {
                let first = checks.errorMessages.prefix(3).map { "\n  \($0)" }.joined()
                throw CommandFailure("\(checks.errors) check error\(checks.errors == 1 ? "" : "s"); nothing written, the previous output stays (kcreport check \(report.source) lists them):\(first)", code: Sysexit.dataError)
            }
            if !report.history.isEmpty {
                let earlier = try stages.run("loading history") { try report.history.map { try ModelSource.load(project.resolve($0), console: console) } }
                let merged = HistoryMerge.merge(model, with: earlier)
                for line in merged.restatements { log.error(line) }
                model = merged.model
            }
            let options = ViewOptions(displayCurrency: displayCurrency ?? settings.displayCurrency,
                                      localName: report.localNameLanguage.flatMap { report.names[$0] }, localNameLanguage: report.localNameLanguage)
            let pager = try stages.run("laying out the view") {
                do { return try OnePagerBuilder(model: model, checks: checks, options: options).build() } catch let error as ViewError {
                    throw CommandFailure("\(error)", code: Sysexit.dataError)
                }
            }
            // The page is drawn while the text formats are made and written to disk: the PDF is
            // the longest stage. Everything goes to a staging folder, published at the end.
            let staged = StagedOutput(output)
            var published = false
            defer { if !published { staged.discard() } }
            let releaseDate = model.document.releaseDate ?? model.document.fiscalPeriod.end
            let (drawnFiles, textFiles) = try BuildCommand.both(
                { try self.drawnFiles(pager, settings: settings, releaseDate: releaseDate, report: report.id, stages: stages) },
                {
                    let checksFile = models.checksFile(sourcePath, hash: inputs.source.sha256) { checked.json() + Data("\n".utf8) }
                    let files = try self.textFiles(pager, settings: settings, stages: stages) + [("checks.json", checksFile)]
                    try stages.run("writing the text files") { try staged.write(files) }
                    return files
                })
            var hashes: [String: String] = [:]
            for file in drawnFiles + textFiles { hashes[file.path] = SHA256.hex(file.data) }
            let checksLine = checks.isClean ? "all \(checks.run) checks passed" : "\(checks.errors) errors in \(checks.run) checks (published with --allow-failed-checks)"
            try stages.run("writing \(output)") {
                let manifest = Manifest(report: report.id, inputs: inputs, fingerprint: fingerprint, outputs: hashes,
                                        timings: stages.timings(total: started.millisecondsAgo), checks: checksLine)
                try staged.write(drawnFiles + [("manifest.json", try manifest.encoded())])
                try staged.publish()
                published = true
            }
            return Outcome(report: report.id, status: .built, milliseconds: started.millisecondsAgo, folder: output)
        } catch let failure as CommandFailure {
            return Outcome(report: report.id, status: .failed(code: failure.code, message: failure.message), milliseconds: started.millisecondsAgo, folder: output)
        } catch {
            return Outcome(report: report.id, status: .failed(code: Sysexit.cannotCreate, message: "\(error)"), milliseconds: started.millisecondsAgo, folder: output)
        }
    }

    /// Markdown, HTML and the charts' SVG, as the settings ask.
    func textFiles(_ pager: OnePager, settings: ProjectConfig.Settings, stages: StageClock) throws -> [(path: String, data: Data)] {
        var files: [(path: String, data: Data)] = []
        if settings.formats.contains("md") {
            let markdown = try stages.run("rendering Markdown") { try templated { try renderer.value().markdown(pager.view) } }
            files.append(("onepager.md", Data(markdown.utf8)))
        }
        if settings.formats.contains("html") {
            let html = try stages.run("rendering HTML") { try templated { try renderer.value().html(OnePagerCharts.inlined(pager)) } }
            files.append(("onepager.html", Data(html.utf8)))
        }
        files += try stages.run("drawing charts") { OnePagerCharts.files(pager).map { ($0.path, Data($0.text.utf8)) } }
        return files
    }

    /// The PDF and its PNG preview, as the settings ask.
    func drawnFiles(_ pager: OnePager, settings: ProjectConfig.Settings, releaseDate: Day, report: String,
                    stages: StageClock) throws -> [(path: String, data: Data)] {
        guard settings.draws else { return [] }
        var printed = pager
        printed.view = try stages.run("writing highlights") { try templated { try renderer.value().writingHighlights(pager.view) } }
        let rendering = try stages.run("rendering PDF") {
            try drawn {
                let date = try PDFDate.resolve(sourceDateEpoch: ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], releaseDate: releaseDate)
                return try OnePagerPDF.render(pager: printed, options: OnePagerPDF.Options(
                    paper: settings.page == "Letter" ? .letter : .a4, fontsFolder: project.fontsFolder,
                    creator: "kcreport \(KCReport.version)", date: date, preview: settings.formats.contains("png")))
            }
        }
        for warning in rendering.warnings { log.error("\(report): warning: \(warning)") }
        var files: [(path: String, data: Data)] = []
        if settings.formats.contains("pdf") { files.append(("onepager.pdf", rendering.pdf)) }
        if settings.formats.contains("png") { files.append(("onepager.png", rendering.png)) }
        return files
    }

    /// Missing fonts or a bad SOURCE_DATE_EPOCH are configuration errors (78); a page
    /// that cannot hold its required blocks or a glyph no font has is a data error (65).
    func drawn<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as GraphicsError {
            throw CommandFailure("\(error)", code: error.isConfiguration ? Sysexit.config : Sysexit.dataError)
        }
    }

    /// Template errors are configuration errors (exit 78).
    func templated<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as TemplateError { throw CommandFailure("\(error)", code: Sysexit.config) }
    }

    func inputs(of report: ProjectConfig.Report) throws -> Manifest.Inputs {
        let fonts = project.fontsFolder
        // Command-line options that change the output count as configuration.
        let options = ";cli-display-currency=\(displayCurrency ?? "");allow-failed-checks=\(allowFailedChecks)"
        return Manifest.Inputs(kcreport: KCReport.version, config: report.configText + options,
                               source: try hasher.hash(project.resolve(report.source)),
                               history: try report.history.map { try hasher.hash(project.resolve($0)) },
                               templates: try hasher.hashTree(templateFolder),
                               fonts: try hasher.hashTree(fonts))
    }
}

/// Runs a report's stages: logs each one's start and end and keeps its time for the
/// manifest. Stages may run on two threads at once (the PDF beside the text formats).
final class StageClock: @unchecked Sendable {
    private let log: BuildLog
    private let report: String
    private let index: Int
    private let total: Int
    private let lock = NSLock()
    private var milliseconds: [String: Int] = [:]

    init(log: BuildLog, report: String, index: Int, total: Int) {
        self.log = log
        self.report = report
        self.index = index
        self.total = total
    }

    func run<T>(_ name: String, _ body: () throws -> T) throws -> T {
        log.begin(name, report: report, index: index, total: total)
        let start = DispatchTime.now()
        do {
            let value = try body()
            let elapsed = start.millisecondsAgo
            lock.withLock { milliseconds[name] = elapsed }
            log.end(name, report: report, milliseconds: elapsed, result: "ok")
            return value
        } catch {
            log.end(name, report: report, milliseconds: start.millisecondsAgo, result: "error", message: "\(error)")
            throw error
        }
    }

    /// Every stage's time so far, and the report's total.
    func timings(total: Int) -> [String: Int] {
        lock.withLock { milliseconds.merging(["total": total]) { $1 } }
    }
}

extension DispatchTime {
    var millisecondsAgo: Int { Int((DispatchTime.now().uptimeNanoseconds - uptimeNanoseconds) / 1_000_000) }
}

extension JSONEncoder {
    /// Sorted keys and fixed indentation: the same value always gives the same bytes.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
