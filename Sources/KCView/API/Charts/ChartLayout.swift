import Foundation

/// Lays a `BarChart` out into drawing primitives at a given size: legend, unit note,
/// value axis with nice ticks and grid, bars from zero (below it for negatives),
/// value and total labels, category labels, and a mark for missing quarters.
public struct ChartLayout: Sendable {
    public var width: Double
    public var height: Double
    public var fontSize: Double
    /// The smallest type the chart sets (value labels, notes): labels that would need
    /// less go into the legend instead. The page passes 7 pt.
    public var smallestFontSize: Double
    /// Width of one character as a fraction of the font size, for measuring text until real shaping is available.
    public var characterWidth: Double

    public init(width: Double = 440, height: Double = 260, fontSize: Double = 10, smallestFontSize: Double = 6,
                characterWidth: Double = 0.6) {
        self.width = width
        self.height = height
        self.fontSize = fontSize
        self.smallestFontSize = smallestFontSize
        self.characterWidth = characterWidth
    }

    /// An estimate of a text's advance width from typical sans-serif glyph widths (in ems), until text is shaped for real.
    func textWidth(_ text: String, size: Double) -> Double {
        var ems = 0.0
        for character in text {
            switch character {
            case "0"..."9": ems += 0.64
            case ".", ",", ":", ";", "'", " ", "i", "l", "j", "|": ems += 0.32
            case "%", "m", "w", "M", "W": ems += 0.95
            case "A"..."Z": ems += 0.7
            case "(", ")", "[", "]", "f", "t", "r": ems += 0.4
            default: ems += characterWidth
            }
        }
        return ems * size
    }

    public func layout(_ chart: BarChart) -> Drawing {
        var primitives: [Primitive] = []
        let padding = 6.0

        // Value range and ticks.
        var low = 0.0
        var high = 0.0
        for slot in chart.categories.indices {
            switch chart.kind {
            case .stacked:
                let values = chart.series.compactMap { $0.values.indices.contains(slot) ? $0.values[slot] : nil }
                high = max(high, values.filter { $0 > 0 }.reduce(0, +))
                low = min(low, values.filter { $0 < 0 }.reduce(0, +))
            case .grouped:
                for series in chart.series {
                    guard series.values.indices.contains(slot), let value = series.values[slot] else { continue }
                    high = max(high, value)
                    low = min(low, value)
                }
            }
        }
        let ticks = NiceScale.ticks(low: low, high: high, count: 5)
        let decimals = NiceScale.decimals(for: ticks)
        let tickLabels = ticks.map { tickLabel($0, axis: chart.axis, decimals: decimals) }
        let labelWidth = tickLabels.map { textWidth($0, size: fontSize) }.max() ?? 0

        // Grouped value labels share one size: the largest at which every label fits over its bar. When even the
        // smallest does not fit (a narrow chart, many bars), the bars go unlabelled and each series' label of the last
        // category's label joins its legend entry instead ("Gross margin 16.1%").
        let count = max(1, chart.categories.count)
        let band = (width - padding - (padding + labelWidth + 6)) / Double(count)
        let groupSeries = Double(max(1, chart.series.count))
        let groupWidth = min(band * 0.9, 40 * groupSeries)
        let gap = 3.0
        let barWidthGrouped = (groupWidth - gap * (groupSeries - 1)) / groupSeries
        let widest = chart.series.flatMap { $0.labels.compactMap { $0 } }.map { textWidth($0, size: fontSize) }.max() ?? 1
        let fittingSize = fontSize * (barWidthGrouped + gap - 1) / max(1, widest)
        let labelsInLegend = chart.kind == .grouped && fittingSize < smallestFontSize
        let labelSize = max(smallestFontSize, min(fontSize * 0.85, fittingSize))
        let noteSize = max(smallestFontSize, fontSize * 0.9)
        func legendName(_ series: BarSeries) -> String {
            guard labelsInLegend, chart.categories.count > 0, series.labels.count == chart.categories.count,
                  let latest = series.labels.last ?? nil else { return series.name }
            return "\(series.name) \(latest)"
        }

        // Legend, wrapped over as many rows as it needs.
        let swatch = fontSize * 0.9
        var legendX = padding
        var legendY = padding
        let rowHeight = fontSize * 1.6
        for (index, series) in chart.series.enumerated() {
            let itemWidth = swatch + 4 + textWidth(legendName(series), size: fontSize) + 14
            if legendX + itemWidth > width - padding && legendX > padding {
                legendX = padding
                legendY += rowHeight
            }
            primitives.append(.rect(x: legendX, y: legendY + (rowHeight - swatch) / 2 - 2, width: swatch, height: swatch, fill: Palette.series(index)))
            primitives.append(.text(legendName(series), x: legendX + swatch + 4, y: legendY + rowHeight / 2 + fontSize * 0.35 - 2,
                                    anchor: .start, size: fontSize, bold: false, fill: Palette.ink))
            legendX += itemWidth
        }
        let legendBottom = chart.series.isEmpty ? padding : legendY + rowHeight

        let unitRow = chart.unitNote == nil ? 0 : rowHeight
        let plotTop = legendBottom + unitRow + fontSize * 1.4
        let plotBottom = height - padding - fontSize * 1.8
        let plotLeft = padding + labelWidth + 6
        let plotRight = width - padding
        let top = ticks.last ?? 1
        let bottom = ticks.first ?? 0
        let span = max(top - bottom, .leastNonzeroMagnitude)
        func y(_ value: Double) -> Double { plotBottom - (value - bottom) / span * (plotBottom - plotTop) }

        if let unitNote = chart.unitNote {
            primitives.append(.text(unitNote, x: padding, y: legendBottom + fontSize, anchor: .start, size: noteSize, bold: false, fill: Palette.muted))
        }

        // Grid and tick labels; the zero line last, over the grid.
        for (tick, label) in zip(ticks, tickLabels) where tick != 0 {
            primitives.append(.line(x1: plotLeft, y1: y(tick), x2: plotRight, y2: y(tick), stroke: Palette.grid, width: 0.5, dashed: false))
            primitives.append(.text(label, x: plotLeft - 6, y: y(tick) + fontSize * 0.35, anchor: .end, size: fontSize, bold: false, fill: Palette.muted))
        }
        primitives.append(.text(tickLabel(0, axis: chart.axis, decimals: decimals), x: plotLeft - 6, y: y(0) + fontSize * 0.35,
                                anchor: .end, size: fontSize, bold: false, fill: Palette.muted))

        // Bars.
        var labels: [Primitive] = []
        for (slot, category) in chart.categories.enumerated() {
            let center = plotLeft + band * (Double(slot) + 0.5)
            primitives.append(.text(category, x: center, y: plotBottom + fontSize * 1.5, anchor: .middle, size: fontSize, bold: false, fill: Palette.ink))
            let present = chart.series.contains { $0.values.indices.contains(slot) && $0.values[slot] != nil }
            guard present else {
                labels.append(.text(chart.missingLabel, x: center, y: y(0) - 5, anchor: .middle, size: noteSize, bold: false, fill: Palette.muted))
                continue
            }
            switch chart.kind {
            case .stacked:
                let barWidth = min(band * 0.58, 64)
                var up = 0.0
                var down = 0.0
                for (index, series) in chart.series.enumerated() {
                    guard series.values.indices.contains(slot), let value = series.values[slot], value != 0 else { continue }
                    let from = value > 0 ? up : down
                    let to = from + value
                    if value > 0 { up = to } else { down = to }
                    primitives.append(.rect(x: center - barWidth / 2, y: min(y(from), y(to)), width: barWidth,
                                            height: abs(y(from) - y(to)), fill: Palette.series(index)))
                }
                if chart.totals.indices.contains(slot), let total = chart.totals[slot] {
                    let above = up > 0 || down == 0
                    labels.append(.text(total, x: center, y: above ? y(up) - 4 : y(down) + fontSize + 2, anchor: .middle,
                                        size: fontSize, bold: true, fill: Palette.ink))
                }
            case .grouped:
                let barWidth = barWidthGrouped
                for (index, series) in chart.series.enumerated() {
                    let x = center - groupWidth / 2 + Double(index) * (barWidth + gap)
                    guard series.values.indices.contains(slot), let value = series.values[slot] else { continue }
                    primitives.append(.rect(x: x, y: min(y(0), y(value)), width: barWidth, height: abs(y(value) - y(0)),
                                            fill: Palette.series(index)))
                    if !labelsInLegend, series.labels.indices.contains(slot), let label = series.labels[slot] {
                        labels.append(.text(label, x: x + barWidth / 2, y: value >= 0 ? y(value) - 3 : y(value) + labelSize + 2,
                                            anchor: .middle, size: labelSize, bold: false, fill: Palette.ink))
                    }
                }
            }
        }
        primitives.append(.line(x1: plotLeft, y1: y(0), x2: plotRight, y2: y(0), stroke: Palette.axis, width: 1, dashed: false))
        primitives.append(contentsOf: labels)
        return Drawing(width: width, height: height, title: chart.title, description: chart.description, primitives: primitives)
    }

    func tickLabel(_ tick: Double, axis: BarChart.Axis, decimals: Int) -> String {
        switch axis {
        case .amount:
            let text = DisplayFormat.grouped(Decimal(abs(tick)), places: decimals)
            return tick < 0 ? DisplayFormat.minus + text : text
        case .percent:
            let places = max(0, decimals - 2)
            let text = DisplayFormat.grouped(Decimal(abs(tick * 100)), places: places) + "%"
            return tick < 0 ? DisplayFormat.minus + text : text
        }
    }
}
