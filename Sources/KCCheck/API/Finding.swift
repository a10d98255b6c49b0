import Foundation
import KCModel

/// A figure a finding is about: what it is, for when, how much, and where it is printed.
public struct FigureRef: Codable, Hashable, Sendable, CustomStringConvertible {
    public var label: String
    public var period: Period?
    public var value: Decimal
    /// The figure as printed, where it differs from `value` (scaled cells, prose).
    public var text: String?
    public var source: SourceLocation

    public init(label: String, period: Period?, value: Decimal, text: String? = nil, source: SourceLocation) {
        self.label = label
        self.period = period
        self.value = value
        self.text = text
        self.source = source
    }

    public var description: String {
        let when = period.map { " \(PeriodText.short($0))" } ?? ""
        return "\(label)\(when) = \(text ?? "\(value)") at \(source)"
    }
}

/// One problem (or a note) found by a check, with every figure involved.
public struct Finding: Codable, Hashable, Sendable, CustomStringConvertible {
    public var severity: Diagnostic.Severity
    /// The check that found it, e.g. `footing`, `prose`.
    public var check: String
    public var message: String
    /// Where to look first: the figure that is most likely wrong.
    public var location: SourceLocation?
    public var figures: [FigureRef]
    public var expected: Decimal?
    public var found: Decimal?

    public init(severity: Diagnostic.Severity, check: String, message: String, location: SourceLocation?,
                figures: [FigureRef], expected: Decimal? = nil, found: Decimal? = nil) {
        self.severity = severity
        self.check = check
        self.message = message
        self.location = location
        self.figures = figures
        self.expected = expected
        self.found = found
    }

    public var difference: Decimal? {
        guard let expected, let found else { return nil }
        return found - expected
    }

    /// `file:line:col: error: [check] message`, then one indented line per figure.
    public var description: String {
        var text = "\(location.map { "\($0): " } ?? "")\(severity.rawValue): [\(check)] \(message)"
        for figure in figures { text += "\n    \(figure)" }
        return text
    }
}

/// The outcome of one check on one set of figures.
public struct CheckResult: Codable, Hashable, Sendable {
    public enum Status: String, Codable, Hashable, Sendable { case passed, failed, skipped }

    /// The kind of check: `footing`, `identity`, `reconciliation`, `margin`, `period-sum`,
    /// `convenience`, `per-share`, `consistency`, `prose`.
    public var check: String
    /// What was checked, e.g. "Total revenues = sum of its segments, Q3 2024".
    public var subject: String
    public var status: Status
    /// Why the check was skipped, when it was.
    public var reason: String?
    public var findings: [Finding]

    public init(check: String, subject: String, status: Status, reason: String? = nil, findings: [Finding] = []) {
        self.check = check
        self.subject = subject
        self.status = status
        self.reason = reason
        self.findings = findings
    }
}

/// Everything the checks found about one model.
public struct CheckReport: Codable, Hashable, Sendable {
    public var results: [CheckResult]

    public init(results: [CheckResult]) {
        self.results = results
    }

    public var findings: [Finding] { results.flatMap(\.findings) }
    public var errors: [Finding] { findings.filter { $0.severity == .error } }
    public var warnings: [Finding] { findings.filter { $0.severity == .warning } }

    public var summary: CheckSummary {
        let ran = results.filter { $0.status != .skipped }
        return CheckSummary(run: ran.count, passed: ran.filter { $0.status == .passed }.count,
                            failed: ran.filter { $0.status == .failed }.count,
                            skipped: results.count - ran.count, errors: errors.count, warnings: warnings.count,
                            errorMessages: errors.map { "\($0.location.map { "\($0): " } ?? "")\($0.message)" })
    }
}
