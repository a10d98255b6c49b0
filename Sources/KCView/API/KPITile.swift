/// One headline figure with its changes: "Total revenues 1,885.6 RMB million +16.0% YoY".
public struct KPITile: Codable, Sendable, Hashable {
    public var label: String
    /// "1,885.6", "−1,061.1".
    public var value: String
    /// "RMB million".
    public var unit: String
    /// The figure in prose form, "RMB1,885.6 million" (a loss shows its magnitude; `label` says it is a loss).
    public var amount: String
    /// A secondary line such as "Gross margin 16.1%".
    public var note: String?
    public var changes: [ChangeView]
    /// The changes in one line, "+16.0% YoY, −0.3% QoQ"; "—" when there are none.
    public var changeSummary: String

    public init(label: String, value: String, unit: String, amount: String, note: String?, changes: [ChangeView]) {
        self.label = label
        self.value = value
        self.unit = unit
        self.amount = amount
        self.note = note
        self.changes = changes
        changeSummary = changes.isEmpty ? DisplayFormat.missing : changes.map { "\($0.value) \($0.basis)" }.joined(separator: ", ")
    }
}

/// A change against an earlier period: "+16.0%" "YoY", with its direction for styling.
public struct ChangeView: Codable, Sendable, Hashable {
    /// "+16.0%", "−4.8%", "n/m".
    public var value: String
    /// "YoY", "QoQ", "vs Dec 31, 2023".
    public var basis: String
    /// "year over year", for screen readers and prose.
    public var basisLong: String
    public var up: Bool
    public var down: Bool

    public init(value: String, basis: String, basisLong: String, up: Bool, down: Bool) {
        self.value = value
        self.basis = basis
        self.basisLong = basisLong
        self.up = up
        self.down = down
    }
}
