/// The page size the one-pager is laid out on.
public enum Paper: String, Sendable, Hashable, CaseIterable {
    /// ISO A4 portrait, 210 × 297 mm.
    case a4
    /// US Letter portrait, 8.5 × 11 in.
    case letter

    /// Width in points.
    public var width: Double {
        switch self {
        case .a4: return 595.2756
        case .letter: return 612
        }
    }

    /// Height in points.
    public var height: Double {
        switch self {
        case .a4: return 841.8898
        case .letter: return 792
        }
    }
}
