import Foundation
import KCModel

/// Turns one located table into a `Statement`: headers into columns, rows into
/// labelled, mapped rows of exact cells. Problems become diagnostics; a bad row
/// is reported and left out, the rest of the table is still read.
struct StatementReader {
    let file: String
    let mapper: ConceptMapper
    var diagnostics: [Diagnostic] = []

    /// A row as read, before the table's sign convention is known.
    struct ReadRow {
        var row: Row
        var sign: ConceptEntry.Sign
        var instant: ConceptEntry.Instant?
    }

    struct Result {
        var statement: Statement
        /// Multiplier from printed to fact sign, per row (0 for section rows).
        var signs: [Decimal]
        var instants: [ConceptEntry.Instant?]
    }

    init(file: String, mapper: ConceptMapper) {
        self.file = file
        self.mapper = mapper
    }

    /// `title` is the table's `TableTitle`, read once by the caller.
    mutating func read(_ table: TableLocator.RawTable, title: TableTitle, id: String) -> Result? {
        let displayTitle = title.title.isEmpty ? "table at line \(table.firstLine)" : title.title
        let headerRows = Array(table.rows.prefix(while: ColumnHeaders.isHeaderRow))
        let bodyRows = Array(table.rows.dropFirst(headerRows.count))
        let tableLocation = SourceLocation(file: file, line: table.titleLines.first?.number ?? table.firstLine, column: 1)

        guard !headerRows.isEmpty else {
            // A tab-separated block with no dated header (an exhibit index) is not a statement.
            if title.kind != .other {
                diagnostics.append(Diagnostic(.error, "'\(displayTitle)' has no column headers; expected dates such as 'Sep 30, 2024' (under a group such as 'Three Months Ended') above its first row", at: SourceLocation(file: file, line: table.firstLine, column: 1)))
            }
            return nil
        }
        guard !bodyRows.isEmpty else {
            diagnostics.append(Diagnostic(.error, "'\(displayTitle)' ends after its column headers; expected rows of figures (the table looks truncated)", at: SourceLocation(file: file, line: headerRows.last?.line ?? table.firstLine, column: 1)))
            return nil
        }
        let columnCount = headerRows.map { row in
            var values = Array(row.values)
            while values.last?.text.isEmpty == true { values.removeLast() }
            return values.count
        }.max() ?? 0
        let (specs, headerErrors) = ColumnHeaders.resolve(headerRows: headerRows, columnCount: columnCount, kind: title.kind,
                                                          tableTitle: displayTitle, file: file)
        diagnostics += headerErrors
        guard headerErrors.isEmpty, !specs.isEmpty else { return nil }
        if title.scale == nil {
            diagnostics.append(Diagnostic(.warning, "'\(displayTitle)' states no scale such as '(All amounts in thousands)'; its figures are read as whole units", at: tableLocation))
        }

        var readRows: [ReadRow] = []
        var section: String?
        for raw in bodyRows {
            let (label, dashed) = LabelText.clean(raw.label)
            var values = Array(raw.values)
            let lineEnd = SourceLocation(file: file, line: raw.line, column: (raw.cells.last?.column ?? 1) + (raw.cells.last?.text.count ?? 0))
            let hasValues = values.contains { !$0.text.isEmpty }
            if !hasValues {
                guard !label.isEmpty else { continue }
                section = label
                readRows.append(ReadRow(row: Row(label: label, role: .section, concept: nil, member: nil, measure: .monetary, section: nil,
                                                 cells: [], source: SourceLocation(file: file, line: raw.line, column: 1)), sign: .asPrinted, instant: nil))
                continue
            }
            if label.isEmpty {
                diagnostics.append(Diagnostic(.error, "row has figures but no label; expected a label in the first cell", at: SourceLocation(file: file, line: raw.line, column: 1)))
                continue
            }
            while values.count > columnCount, values.last?.text.isEmpty == true { values.removeLast() }
            if values.count != columnCount {
                let found = values.filter { !$0.text.isEmpty }.count
                let at = values.count > columnCount ? SourceLocation(file: file, line: raw.line, column: values[columnCount].column) : lineEnd
                diagnostics.append(Diagnostic(.error, "row '\(label)' has \(values.count) cells (\(found) with figures); expected \(columnCount), one per column of '\(displayTitle)'", at: at))
                continue
            }
            var cells: [Cell?] = []
            var percent = false
            var rowValid = true
            for value in values {
                let location = SourceLocation(file: file, line: raw.line, column: value.column)
                switch NumberParser.parse(value.text) {
                case .empty, .nilMark:
                    cells.append(value.text.isEmpty ? nil : Cell(value: nil, text: value.text, source: location))
                case .number(let number, let isPercent):
                    percent = percent || isPercent
                    cells.append(Cell(value: number, text: value.text, source: location))
                case .invalid:
                    diagnostics.append(Diagnostic(.error, "expected a number such as 1,234, (1,234) or 12.3% in row '\(label)', found '\(value.text)'", at: location))
                    rowValid = false
                }
            }
            guard rowValid else { continue }
            let isAdjustment = title.kind == .reconciliation && (dashed || isUndashedAdjustment(label, section: section))
            let mapping = mapper.map(label: label, section: section, isAdjustment: isAdjustment)
            if !mapping.known {
                diagnostics.append(Diagnostic(.warning, "no concept is known for the label '\(label)'; its figures are filed as '\(mapping.concept)'", at: SourceLocation(file: file, line: raw.line, column: 1)))
            }
            let measure: Measure = percent ? .ratio : mapping.measure
            let scale: Decimal
            switch measure {
            case .monetary: scale = title.scale ?? 1
            case .shares: scale = title.exemptsShareData ? 1 : (title.scale ?? 1)
            case .perShare, .ratio: scale = 1
            }
            if scale != 1 {
                cells = cells.map { cell in cell.map { Cell(value: $0.value.map { $0 * scale }, text: $0.text, source: $0.source) } }
            }
            let isTotal = mapping.isTotal || mapper.key(label).hasPrefix("total ")
            let role: RowRole = isAdjustment ? .adjustment : (isTotal ? .total : .item)
            // Deductions and "Less:" rows are taken away when the table adds up.
            let reduces = !isAdjustment && (mapping.sign != .asPrinted || label.lowercased().hasPrefix("less"))
            readRows.append(ReadRow(row: Row(label: label, role: role, concept: mapping.concept, member: mapping.member, measure: measure,
                                             section: section, cells: cells, reduces: reduces,
                                             balanceAt: mapping.instant.map { $0 == .periodStart ? .periodStart : .periodEnd },
                                             source: SourceLocation(file: file, line: raw.line, column: 1)),
                                    sign: mapping.sign, instant: mapping.instant))
            if isTotal { section = nil }
        }
        if let last = readRows.last, last.row.role == .section {
            diagnostics.append(Diagnostic(.error, "'\(displayTitle)' ends with the heading '\(last.row.label)' and no rows under it; the table looks truncated", at: last.row.source))
        }

        let deductionsNegative = StatementReader.printsDeductionsNegative(readRows)
        let signs: [Decimal] = readRows.map { read in
            switch read.sign {
            case .asPrinted: return 1
            case .inverted: return -1
            case .deduction: return deductionsNegative ? -1 : 1
            }
        }
        for index in readRows.indices { readRows[index].row.sign = signs[index] }
        let columns = specs.map { spec in
            Column(period: spec.period, currency: spec.currency ?? title.currency, isConvenienceTranslation: false,
                   header: spec.header, source: spec.location)
        }
        let statement = Statement(id: id, kind: title.kind, title: displayTitle, scaleNote: title.scaleNote, scale: title.scale ?? 1,
                                  columns: columns, rows: readRows.map(\.row), source: tableLocation)
        return Result(statement: statement, signs: signs, instants: readRows.map(\.instant))
    }

    /// A reconciliation row under an "Adjustments:" heading, printed without a dash,
    /// is an adjustment unless it is the measure the adjustments lead to.
    func isUndashedAdjustment(_ label: String, section: String?) -> Bool {
        guard let section, mapper.key(section).hasPrefix("adjustment") else { return false }
        let key = mapper.key(label)
        if key.hasPrefix("adjusted ") || key.hasPrefix("total ") { return false }
        return !mapper.map(label: label, section: section, isAdjustment: false).isTotal
    }

    /// Whether the table prints expenses and other deductions in parentheses:
    /// true when most figures of its deduction rows are negative.
    static func printsDeductionsNegative(_ rows: [ReadRow]) -> Bool {
        var negative = 0
        var positive = 0
        for read in rows where read.sign == .deduction {
            for case let value? in read.row.cells.map({ $0?.value }) {
                if value < 0 { negative += 1 } else if value > 0 { positive += 1 }
            }
        }
        return negative > positive
    }
}
