/// What the tie-out checks concluded about a model, in the few words later
/// stages print ("all 58 checks passed") and use to refuse publishing.
public struct CheckSummary: Codable, Hashable, Sendable {
    public var run: Int
    public var passed: Int
    public var failed: Int
    public var skipped: Int
    public var errors: Int
    public var warnings: Int
    /// One line per error, `file:line:col: message`, for the reader of a failed report.
    public var errorMessages: [String]

    public init(run: Int, passed: Int, failed: Int, skipped: Int, errors: Int, warnings: Int, errorMessages: [String]) {
        self.run = run
        self.passed = passed
        self.failed = failed
        self.skipped = skipped
        self.errors = errors
        self.warnings = warnings
        self.errorMessages = errorMessages
    }

    /// True when no check found an error: the report may be published.
    public var isClean: Bool { errors == 0 }
}
