/// What a frame is in the document's structure; maps to the standard PDF structure types.
public enum StructureRole: Sendable, Hashable {
    case section
    case heading(level: Int)
    case paragraph
    case list
    case listItem
    case table
    case tableRow
    case tableHeaderCell
    case tableCell
    /// A chart or image, with its alternative text.
    case figure(alternative: String)
    case caption
    case quote

    /// The PDF standard structure type: "Sect", "H2", "P", "Table", "TD", "Figure" …
    public var pdfTag: String {
        switch self {
        case .section: return "Sect"
        case .heading(let level): return "H\(max(1, min(6, level)))"
        case .paragraph: return "P"
        case .list: return "L"
        case .listItem: return "LI"
        case .table: return "Table"
        case .tableRow: return "TR"
        case .tableHeaderCell: return "TH"
        case .tableCell: return "TD"
        case .figure: return "Figure"
        case .caption: return "Caption"
        case .quote: return "BlockQuote"
        }
    }
}
