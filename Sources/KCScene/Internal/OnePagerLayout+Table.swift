import KCView

extension OnePagerLayout {
    /// The condensed income statement: a caption, a header row, rows with rules over
    /// subtotals, figures right-aligned in tabular figures (positive figures set in from
    /// the edge by a closing parenthesis, so the digits of "(1,143.8)" and "303.4" line up),
    /// labels wrapped in their column when they are long.
    func incomeStatement(_ table: TableView, width: Double, style: PageStyle, setter: TextSetter) throws -> Frame {
        let caption = try setter.paragraph(table.caption, style: style.heading, x: 0, top: 0, width: width,
                                           leading: style.heading.size * 1.25)
        let heading = Frame(width: width, height: caption.height, role: .heading(level: 2), items: caption.runs.map(SceneItem.text))
        let tableTop = caption.height + style.size(5)
        var items: [SceneItem] = []
        var top = 0.0

        // Columns: each value column as wide as its widest cell plus a gutter; the label column takes the rest.
        // The text shrinks (to 85%) before the label column gets narrower than a third of the width.
        var text = style.tableText
        var bold = text
        bold.weight = .semibold
        var header = text
        header.weight = .semibold
        header.color = PageStyle.muted
        var columnWidths: [Double] = []
        var gutter = 0.0
        while true {
            bold.size = text.size
            header.size = text.size
            gutter = text.size * 1.6
            columnWidths = try table.columns.indices.map { column in
                var widest = try setter.width(table.columns[column].label, style: header)
                for row in table.rows where row.cells.indices.contains(column) {
                    widest = max(widest, try setter.width(row.cells[column].text, style: row.isTotal ? bold : text))
                }
                return widest + gutter
            }
            if width - columnWidths.reduce(0, +) >= width / 3 || text.size <= style.tableText.size * 0.85 { break }
            text.size -= 0.25
        }
        let labelWidth = width - columnWidths.reduce(0, +)
        let leading = style.tableLeading * text.size / style.tableText.size
        let metrics = try setter.metrics(text)
        let parenthesis = try setter.width(")", style: text)
        let pad = (leading - metrics.ascent - metrics.descent) / 2
        func right(ofColumn index: Int) -> Double { labelWidth + columnWidths[0...index].reduce(0, +) }

        // Header row: the unit note over the labels (wrapped when long), the column labels on its last line.
        var unitStyle = header
        unitStyle.weight = .regular
        let unit = try setter.paragraph(table.unitNote, style: unitStyle, x: 0, top: pad, width: labelWidth - gutter, leading: leading)
        let headerHeight = max(leading, unit.height + 2 * pad)
        let headBaseline = unit.runs.last?.y ?? (pad + metrics.ascent)
        var rowItems: [SceneItem] = [.frame(Frame(width: labelWidth, height: headerHeight, role: .tableHeaderCell,
                                                  items: unit.runs.map(SceneItem.text)))]
        for (index, column) in table.columns.enumerated() {
            let left = right(ofColumn: index) - columnWidths[index]
            let run = try setter.run(column.label, style: header, x: columnWidths[index] - (column.isChange ? 0 : parenthesis),
                                     y: headBaseline, anchor: .end)
            rowItems.append(.frame(Frame(x: left, y: 0, width: columnWidths[index], height: headerHeight,
                                         role: .tableHeaderCell, items: [.text(run)])))
        }
        items.append(.frame(Frame(y: top, width: width, height: headerHeight, role: .tableRow, items: rowItems)))
        top += headerHeight
        items.append(.line(from: Point(x: 0, y: top + 0.5), to: Point(x: width, y: top + 0.5), stroke: Stroke(color: PageStyle.ink, width: 0.8)))
        top += style.size(2)

        for row in table.rows {
            if row.startsGroup { top += style.size(4) }
            let rowStyle = row.isTotal ? bold : text
            let indent = row.isIndented ? style.size(9) : 0
            let label = try setter.paragraph(row.label, style: rowStyle, x: indent, top: pad, width: labelWidth - gutter - indent,
                                             leading: leading)
            let height = max(leading, label.height + 2 * pad)
            if row.isTotal {
                items.append(.line(from: Point(x: 0, y: top), to: Point(x: width, y: top), stroke: Stroke(color: PageStyle.muted, width: 0.5)))
            }
            var cells: [SceneItem] = [.frame(Frame(width: labelWidth, height: height, role: .tableHeaderCell, items: label.runs.map(SceneItem.text)))]
            let baseline = pad + metrics.ascent + (label.runs.count > 1 ? Double(label.runs.count - 1) * leading : 0)
            for (index, cell) in row.cells.enumerated() where columnWidths.indices.contains(index) {
                let isChange = cell.isChange || table.columns[index].isChange
                var cellStyle = rowStyle
                if isChange && !row.isTotal { cellStyle.color = PageStyle.muted }
                let hangs = !isChange && !cell.text.hasSuffix(")")
                let left = right(ofColumn: index) - columnWidths[index]
                let run = try setter.run(cell.text, style: cellStyle, x: columnWidths[index] - (hangs ? parenthesis : 0), y: baseline, anchor: .end)
                cells.append(.frame(Frame(x: left, y: 0, width: columnWidths[index], height: height, role: .tableCell, items: [.text(run)])))
            }
            items.append(.frame(Frame(y: top, width: width, height: height, role: .tableRow, items: cells)))
            top += height
        }
        items.append(.line(from: Point(x: 0, y: top + 0.5), to: Point(x: width, y: top + 0.5), stroke: Stroke(color: PageStyle.ink, width: 0.8)))
        top += 1
        let body = Frame(y: tableTop, width: width, height: top, role: .table, items: items)
        return Frame(width: width, height: tableTop + top, role: .section, outline: table.caption, items: [.frame(heading), .frame(body)])
    }
}
