import KCView

extension OnePagerLayout {
    /// The KPI tiles in a grid (up to four a row), all the height of the tallest.
    func kpis(_ tiles: [KPITile], width: Double, style: PageStyle, setter: TextSetter) throws -> Frame {
        guard !tiles.isEmpty else { return Frame(width: width, height: 0) }
        let columns = tiles.count <= 4 ? tiles.count : (tiles.count <= 6 ? 3 : 4)
        let gap = style.size(6)
        let tileWidth = (width - gap * Double(columns - 1)) / Double(columns)
        let contents = try tiles.map { try tileContent($0, width: tileWidth, style: style, setter: setter) }
        let tileHeight = contents.map(\.height).max() ?? 0
        var items: [SceneItem] = []
        for (index, content) in contents.enumerated() {
            let row = index / columns
            let column = index % columns
            var frame = Frame(x: Double(column) * (tileWidth + gap), y: Double(row) * (tileHeight + gap),
                              width: tileWidth, height: tileHeight, role: .paragraph)
            frame.items = [.rect(x: 0, y: 0, width: tileWidth, height: tileHeight, fill: PageStyle.tile, stroke: nil)]
                + content.items
            items.append(.frame(frame))
        }
        let rows = (tiles.count + columns - 1) / columns
        return Frame(width: width, height: Double(rows) * tileHeight + Double(rows - 1) * gap, role: .section,
                     outline: "Key figures", items: items)
    }

    /// One tile's text inside padding: label, value and unit, changes, note.
    func tileContent(_ tile: KPITile, width: Double, style: PageStyle, setter: TextSetter) throws -> (items: [SceneItem], height: Double) {
        let pad = style.size(7)
        let inner = width - 2 * pad
        var items: [SceneItem] = []
        var y = pad
        let label = try setter.paragraph(tile.label, style: style.tileLabel, x: pad, top: y, width: inner,
                                         leading: style.tileLabel.size * 1.25)
        items += label.runs.map(SceneItem.text)
        y += label.height + style.size(3)

        // The value, and its unit beside it when both fit; the value shrinks before the unit moves below.
        var valueStyle = style.tileValue
        let unitWidth = try setter.width(tile.unit, style: style.tileUnit)
        let space = style.size(3)
        while valueStyle.size > style.size(10), try setter.width(tile.value, style: valueStyle) + space + unitWidth > inner {
            valueStyle.size -= 0.5
        }
        let valueMetrics = try setter.metrics(valueStyle)
        let baseline = y + valueMetrics.ascent
        let value = try setter.run(tile.value, style: valueStyle, x: pad, y: baseline)
        items.append(.text(value))
        if !tile.unit.isEmpty {
            if value.width + space + unitWidth <= inner {
                items.append(.text(try setter.run(tile.unit, style: style.tileUnit, x: pad + value.width + space, y: baseline)))
                y = baseline + valueMetrics.descent
            } else {
                let unit = try setter.paragraph(tile.unit, style: style.tileUnit, x: pad, top: baseline + valueMetrics.descent,
                                                width: inner, leading: style.tileUnit.size * 1.25)
                items += unit.runs.map(SceneItem.text)
                y = baseline + valueMetrics.descent + unit.height
            }
        } else {
            y = baseline + valueMetrics.descent
        }

        // Changes: "+16.0% YoY   −0.3% QoQ" on one line when they fit, else one a line.
        if !tile.changes.isEmpty {
            y += style.size(2)
            let changeMetrics = try setter.metrics(style.tileChange)
            let leading = style.tileChange.size * 1.3
            var pieces: [(value: Double, basis: Double)] = []
            for change in tile.changes {
                pieces.append((try setter.width(change.value, style: style.tileChange), try setter.width(" " + change.basis, style: style.tileBasis)))
            }
            let separator = style.size(8)
            let total = pieces.map { $0.value + $0.basis }.reduce(0, +) + separator * Double(pieces.count - 1)
            var x = pad
            var baseline = y + changeMetrics.ascent
            for (index, change) in tile.changes.enumerated() {
                if index > 0 {
                    if total <= inner { x += separator } else { x = pad; baseline += leading }
                }
                items.append(.text(try setter.run(change.value, style: style.tileChange, x: x, y: baseline)))
                let basisWidth = inner - (x - pad) - pieces[index].value
                if pieces[index].basis <= basisWidth {
                    items.append(.text(try setter.run(" " + change.basis, style: style.tileBasis, x: x + pieces[index].value, y: baseline)))
                    x += pieces[index].value + pieces[index].basis
                } else {
                    let basis = try setter.paragraph(change.basis, style: style.tileBasis, x: pad, top: baseline + changeMetrics.descent,
                                                     width: inner, leading: leading)
                    items += basis.runs.map(SceneItem.text)
                    baseline = (basis.runs.last?.y ?? baseline)
                    x = inner + pad
                }
            }
            y = baseline + changeMetrics.descent
        }
        if let note = tile.note, !note.isEmpty {
            let note = try setter.paragraph(note, style: style.tileNote, x: pad, top: y + style.size(2), width: inner,
                                            leading: style.tileNote.size * 1.3)
            items += note.runs.map(SceneItem.text)
            y += style.size(2) + note.height
        }
        return (items, y + pad)
    }
}
