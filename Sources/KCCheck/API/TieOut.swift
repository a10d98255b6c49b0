import KCModel

/// The check stage: ties out every figure of a model — footing, identities,
/// reconciliations, margins, period sums, convenience translations, per-share
/// figures, figures printed twice, and the prose against the tables. Each check
/// reports passed, failed or skipped (with the reason); none stops the others.
public enum TieOut {
    /// The checks, in the order they run and report.
    static let checks: [(name: String, run: @Sendable (FinancialModel, FactIndex, inout Recorder) -> Void)] = [
        ("footing", FootingCheck.run),
        ("identity", IdentityCheck.run),
        ("margin", MarginCheck.run),
        ("period-sum", PeriodSumCheck.run),
        ("convenience", ConvenienceCheck.run),
        ("per-share", PerShareCheck.run),
        ("consistency", ConsistencyCheck.run),
        ("prose", ProseCheck.run),
    ]

    public static func run(_ model: FinancialModel) -> CheckReport {
        var recorder = Recorder()
        // Built once: most checks look facts up by key.
        let index = FactIndex(model)
        for check in checks { check.run(model, index, &recorder) }
        return CheckReport(results: recorder.results)
    }
}
