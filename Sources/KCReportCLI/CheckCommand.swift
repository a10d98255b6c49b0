import ArgumentParser
import Foundation
import KCCheck
import KCModel

/// `kcreport check RELEASE_OR_MODEL`: ties out every figure and prints the findings.
struct CheckCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Tie out every figure of a release or model: footing, identities, reconciliations, margins, period sums, translations, per-share figures and the prose.",
        discussion: "Exit 0 when no check found an error, 65 when one did (or, with --strict, when one warned).")

    @Argument(help: "A release text or a model file (.json, .yaml).")
    var file: String

    @Option(help: "text (default) or json.")
    var format: ReportFormat = .text

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @Flag(name: .shortAndLong, help: "List every check, passed and skipped too.")
    var verbose = false

    enum ReportFormat: String, ExpressibleByArgument { case text, json }

    func run(console: Console) throws -> Int32 {
        let model = try ModelSource.load(file, console: console)
        let report = TieOut.run(model)
        switch format {
        case .json:
            console.out(String(decoding: report.json(), as: UTF8.self) + "\n")
        case .text:
            console.out(CheckReportText(report: report, verbose: verbose).text)
        }
        let summary = report.summary
        return summary.errors > 0 || (strict && summary.warnings > 0) ? Sysexit.dataError : Sysexit.ok
    }
}
