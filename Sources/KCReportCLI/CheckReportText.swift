import KCCheck
import KCModel

/// The check report as people read it: every finding with its figures, then a
/// count by check and the summary line. With `verbose`, every check too.
struct CheckReportText {
    let report: CheckReport
    let verbose: Bool

    var text: String {
        var lines: [String] = []
        for result in report.results {
            if verbose {
                let reason = result.reason.map { " — \($0)" } ?? ""
                lines.append("\(result.status.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) [\(result.check)] \(result.subject)\(reason)")
            }
            for finding in result.findings { lines.append(finding.description) }
        }
        if !lines.isEmpty { lines.append("") }
        var order: [String] = []
        var counts: [String: (passed: Int, failed: Int, skipped: Int)] = [:]
        for result in report.results {
            if counts[result.check] == nil { order.append(result.check) }
            var count = counts[result.check] ?? (0, 0, 0)
            switch result.status {
            case .passed: count.passed += 1
            case .failed: count.failed += 1
            case .skipped: count.skipped += 1
            }
            counts[result.check] = count
        }
        for check in order {
            guard let count = counts[check] else { continue }
            lines.append("\(check.padding(toLength: 14, withPad: " ", startingAt: 0)) \(count.passed) passed, \(count.failed) failed, \(count.skipped) skipped")
        }
        let summary = report.summary
        lines.append("\(summary.run) checks run: \(summary.passed) passed, \(summary.failed) failed, \(summary.skipped) skipped; \(summary.errors) errors, \(summary.warnings) warnings")
        return lines.joined(separator: "\n") + "\n"
    }
}
