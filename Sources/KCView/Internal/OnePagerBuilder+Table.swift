import Foundation
import KCModel

extension OnePagerBuilder {
    /// One line of the condensed income statement: which figure, and how it is styled.
    struct LineSpec {
        var concept: String
        var member: String?
        var fallback: String
        var isTotal = false
        var isIndented = false
        var startsGroup = false
        var isNonGAAP = false
        var isRatio = false
        /// For ratios the release may not print: numerator over revenues.
        var numerator: String?
    }

    /// The lines of the condensed statement, for whichever of them the model has.
    func lineSpecs() -> [LineSpec] {
        var lines: [LineSpec] = facts.members(of: "Revenues").map {
            LineSpec(concept: "Revenues", member: $0, fallback: $0, isIndented: true)
        }
        lines.append(LineSpec(concept: "Revenues", fallback: "Total revenues", isTotal: true))
        lines.append(LineSpec(concept: "CostOfRevenue", fallback: "Cost of revenues"))
        lines.append(LineSpec(concept: "GrossProfit", fallback: "Gross profit", isTotal: true))
        lines.append(LineSpec(concept: "OperatingExpenses", fallback: "Total operating expenses"))
        lines.append(LineSpec(concept: "OperatingIncomeLoss", fallback: "Operating income (loss)", isTotal: true))
        if let net = facts.first(OnePagerBuilder.netResult, periods.current) {
            lines.append(LineSpec(concept: net, fallback: "Net income (loss)", isTotal: true))
        }
        lines.append(LineSpec(concept: "AdjustedEBITDA", fallback: "Adjusted EBITDA", startsGroup: true, isNonGAAP: true))
        lines.append(LineSpec(concept: "AdjustedNetIncomeLoss", fallback: "Adjusted net income (loss)", isNonGAAP: true))
        lines.append(LineSpec(concept: "GrossMargin", fallback: "Gross margin", startsGroup: true, isRatio: true, numerator: "GrossProfit"))
        lines.append(LineSpec(concept: "AdjustedEBITDAMargin", fallback: "Adjusted EBITDA margin", isNonGAAP: true, isRatio: true, numerator: "AdjustedEBITDA"))
        return lines
    }

    func lineValue(_ line: LineSpec, _ period: Period?) -> Decimal? {
        if line.isRatio, let numerator = line.numerator { return facts.margin(line.concept, numerator: numerator, period) }
        return facts.value(line.concept, period, member: line.member)
    }

    func incomeStatement() -> TableView {
        let shown: [Period] = [periods.current, periods.prior, periods.yearAgo].compactMap { $0 }
        var columns = shown.map { TableColumn(label: periods.label($0), isChange: false) }
        if periods.yearAgo != nil { columns.append(TableColumn(label: "YoY", isChange: true)) }
        if periods.prior != nil { columns.append(TableColumn(label: "QoQ", isChange: true)) }

        var rows: [TableRow] = []
        var pendingGroup = false
        for line in lineSpecs() {
            guard let current = lineValue(line, periods.current) else {
                if line.startsGroup { pendingGroup = true }
                continue
            }
            var cells = shown.map { period -> TableCell in
                let value = lineValue(line, period)
                let text = line.isRatio ? (value.map { DisplayFormat.percent($0) } ?? DisplayFormat.missing) : format.table(value)
                return TableCell(text: text, isNegative: (value ?? 0) < 0, isChange: false)
            }
            for base in [periods.yearAgo, periods.prior].compactMap({ $0 }) {
                let previous = lineValue(line, base)
                let text = line.isRatio ? DisplayFormat.points(current, from: previous)
                    : DisplayFormat.growth(current, from: previous)
                let negative = text.hasPrefix(DisplayFormat.minus)
                cells.append(TableCell(text: text, isNegative: negative, isChange: true))
            }
            let label = line.member.map { facts.label("Revenues", member: $0, fallback: $0) }
                ?? facts.label(line.concept, fallback: line.fallback)
            rows.append(TableRow(label: label, cells: cells, isTotal: line.isTotal, isIndented: line.isIndented,
                                 startsGroup: line.startsGroup || pendingGroup, isNonGAAP: line.isNonGAAP))
            pendingGroup = false
        }
        return TableView(caption: "Condensed income statement, \(periods.label(periods.current))",
                         unitNote: format.unitNote, columns: columns, rows: rows)
    }

    /// True when, in some shown column, the shown segment revenues do not add up to the shown total.
    func totalsMayNotAdd() -> Bool {
        let members = facts.members(of: "Revenues")
        guard members.count > 1 else { return false }
        for period in [periods.current, periods.prior, periods.yearAgo].compactMap({ $0 }) + periods.trend {
            guard let total = facts.value("Revenues", period) else { continue }
            let parts = members.compactMap { facts.value("Revenues", period, member: $0) }
            let shownParts = parts.map { DisplayFormat.rounded(format.displayed($0), places: 1) }.reduce(0, +)
            if shownParts != DisplayFormat.rounded(format.displayed(total), places: 1) { return true }
        }
        return false
    }
}
