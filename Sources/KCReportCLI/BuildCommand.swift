import ArgumentParser
import Foundation
import KCTemplates

/// `kcreport build`: builds every report in `kcreport.yaml` (or those named),
/// concurrently, each into `Output/<id>/` as one unit; skips reports whose inputs
/// have not changed; one project build at a time.
struct BuildCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the one-pagers of the reports in kcreport.yaml.",
        discussion: """
            Exit codes: 0 done; 64 bad command line; 65 a report's figures failed to import or its checks found errors; \
            66 a source is missing; 73 output cannot be written; 75 another build holds the project lock; \
            78 bad configuration or template. With several reports, the exit code is the worst one.
            """)

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

    @Flag(help: "Rebuild every report, even those whose inputs have not changed.")
    var force = false

    @Flag(help: "Say what would be built and why, and build nothing.")
    var dryRun = false

    @Flag(name: .shortAndLong, help: "Print only errors and the summary.")
    var quiet = false

    @Option(help: "text (progress on standard error) or json (one line per stage per report on standard output).")
    var logFormat: BuildLog.Format = .text

    @Flag(help: "Then e-mail the reports that built cleanly (or were up to date), as `kcreport send` does: each version once.")
    var send = false

    /// What was asked, whichever way the command line was read.
    var request: BuildRequest {
        BuildRequest(reports: reports, config: config, displayCurrency: displayCurrency, templates: templates,
                     allowFailedChecks: allowFailedChecks, force: force, dryRun: dryRun, quiet: quiet, logFormat: logFormat, send: send)
    }

    func run(console: Console) throws -> Int32 {
        try request.run(console: console)
    }
}

extension BuildRequest {
    func run(console: Console) throws -> Int32 {
        let project = try ProjectConfig.load(config)
        let selected = try project.select(reports)
        let lock = dryRun ? nil : try ProjectLock(folder: project.baseFolder)
        defer { withExtendedLifetime(lock) {} }
        let templateFolder = templates ?? project.resolve(project.templates)
        // Parsed and checked on another thread while the reports are hashed, loaded and checked;
        // a template error still stops the build before any report is written (see below).
        let renderer = Deferred {
            do {
                return try OnePagerRenderer.checked(library: try TemplateLibrary(directory: templateFolder))
            } catch let error as TemplateError {
                throw CommandFailure("templates: \(error)", code: Sysexit.config)
            }
        }
        // The mail settings and the login are checked before anything is built.
        let sender = send && !dryRun ? try ReportSender.make(project: project, options: ReportSender.Options(), templateFolder: templateFolder, console: console) : nil
        let output = project.resolve(project.output)
        if !dryRun { OutputFolder.sweep(output) }
        // Made by the first report that writes; removed again if no report is published.
        let newFolders = dryRun ? [] : OutputFolder.missingFolders(output)
        let log = BuildLog(console: console, format: logFormat, quiet: quiet)
        let fontWarmUp = FontWarmUp(folder: project.fontsFolder)
        defer { fontWarmUp.wait() }
        let builder = ReportBuilder(project: project, renderer: renderer, templateFolder: templateFolder, hasher: FileHasher(),
                                    models: ModelCache(sources: selected.map { project.resolve($0.source) }),
                                    fontWarmUp: fontWarmUp,
                                    log: log, console: console, force: force, dryRun: dryRun,
                                    allowFailedChecks: allowFailedChecks, displayCurrency: displayCurrency)
        let started = DispatchTime.now()
        let outcomes = BuildCommand.concurrently(selected.count) { index in
            builder.build(selected[index], index: index + 1, total: selected.count)
        }
        OutputFolder.removeIfEmpty(newFolders)
        // Every report that got as far as writing waited for the templates, so with a bad
        // template none was written: the error is the build's, as when it was found first.
        _ = try renderer.value()
        let milliseconds = Int((DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000)
        log.summary(BuildSummary(outcomes: outcomes, milliseconds: milliseconds).lines)
        let built = outcomes.map(\.exitCode).max() ?? Sysexit.ok
        guard let sender else { return built }
        let sent = zip(selected, outcomes).filter { $0.1.exitCode == Sysexit.ok }.map { sender.send($0.0) }
        return ([built] + sent).max() ?? Sysexit.ok
    }
}

extension BuildCommand {
    /// Runs `first` here and `second` on a thread of its own, at once; waits for both and
    /// throws the first one's error first.
    static func both<A: Sendable, B: Sendable>(_ first: () throws -> A, _ second: @escaping @Sendable () throws -> B) throws -> (A, B) {
        let other = Deferred(second)
        let a = Result { try first() }
        let b = Result { try other.value() }
        return (try a.get(), try b.get())
    }

    /// Runs `body` for 0..<count on one thread more than the machine has cores, results in
    /// order: while one report waits for its files to reach the disk, its core builds another.
    /// A single report builds on the calling thread, whose stack and memory arena are ready
    /// (kcreport's main thread, with the 8 MiB stack `startWithMainStack` gives the others).
    static func concurrently<T: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
        if count == 1 { return [body(0)] }
        let results = ResultSlots<T>(count: count)
        let next = TaskCounter(count: count)
        let finished = DispatchGroup()
        for _ in 0..<min(count, ProcessInfo.processInfo.activeProcessorCount + 1) {
            finished.enter()
            Thread.startWithMainStack {
                while let index = next.take() { results.set(index, body(index)) }
                finished.leave()
            }
        }
        finished.wait()
        return results.values
    }
}

/// Hands out 0..<count, each index once, to whichever worker asks next.
final class TaskCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private let count: Int
    init(count: Int) { self.count = count }
    func take() -> Int? {
        lock.withLock {
            guard next < count else { return nil }
            defer { next += 1 }
            return next
        }
    }
}

/// Results written from several threads, one slot each.
final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [T?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: T) { lock.withLock { slots[index] = value } }
    var values: [T] { lock.withLock { slots.compactMap { $0 } } }
}

extension ReportBuilder.Outcome {
    var exitCode: Int32 {
        if case .failed(let code, _) = status { return code }
        return Sysexit.ok
    }
}

/// The table a build ends with: each report, what happened, how long, where.
struct BuildSummary {
    let outcomes: [ReportBuilder.Outcome]
    let milliseconds: Int

    var lines: [String] {
        let width = max(6, outcomes.map(\.report.count).max() ?? 6)
        var lines = outcomes.map { outcome -> String in
            let id = outcome.report.padding(toLength: width, withPad: " ", startingAt: 0)
            switch outcome.status {
            case .built: return "\(id)  built       \(outcome.milliseconds) ms  \(outcome.folder)"
            case .upToDate: return "\(id)  up to date  \(outcome.folder)"
            case .planned(let plan): return "\(id)  \(plan)"
            case .failed(let code, let message): return "\(id)  FAILED (exit \(code))  \(message)"
            }
        }
        let built = outcomes.filter { if case .built = $0.status { return true } else { return false } }.count
        let current = outcomes.filter { if case .upToDate = $0.status { return true } else { return false } }.count
        let failed = outcomes.filter { $0.exitCode != 0 }.count
        lines.append("\(outcomes.count) report\(outcomes.count == 1 ? "" : "s"): \(built) built, \(current) up to date, \(failed) failed (\(milliseconds) ms)")
        return lines
    }
}
