import ArgumentParser
import Foundation

/// What a build says while it runs: progress lines on standard error
/// (`[2/5] kc-2024q3: rendering HTML`), or with `--log-format json` one JSON line per
/// stage per report on standard output; `--quiet` keeps only errors and the summary.
final class BuildLog: @unchecked Sendable {
    enum Format: String, ExpressibleByArgument, Sendable { case text, json }

    private let console: Console
    private let format: Format
    private let quiet: Bool

    init(console: Console, format: Format, quiet: Bool) {
        self.console = console
        self.format = format
        self.quiet = quiet
    }

    /// A stage is starting.
    func begin(_ stage: String, report: String, index: Int, total: Int) {
        guard format == .text, !quiet else { return }
        console.errorLine("[\(index)/\(total)] \(report): \(stage)")
    }

    /// A stage ended: `result` is ok, skipped or error.
    func end(_ stage: String, report: String, milliseconds: Int, result: String, message: String? = nil) {
        guard format == .json else { return }
        var fields: [(String, String)] = [("report", report), ("stage", stage), ("duration_ms", "\(milliseconds)"), ("result", result)]
        if let message { fields.append(("message", message)) }
        let body = fields.map { key, value in
            key == "duration_ms" ? "\"\(key)\":\(value)" : "\"\(key)\":\"\(BuildLog.escape(value))\""
        }.joined(separator: ",")
        console.line("{\(body)}")
    }

    func error(_ text: String) { console.errorLine(text) }

    /// The closing table: one line per report, then the totals.
    func summary(_ lines: [String]) {
        if format == .json { return }
        for line in lines { console.errorLine(line) }
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
