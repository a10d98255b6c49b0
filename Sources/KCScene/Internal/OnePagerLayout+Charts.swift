import KCView

extension OnePagerLayout {
    /// The charts side by side (two a row), each a heading over the chart laid out by
    /// `ChartLayout`, the same layout the HTML's SVG charts come from.
    func chartRow(_ charts: [BarChart], width: Double, height: Double, style: PageStyle, setter: TextSetter) throws -> Frame {
        let perRow = min(2, charts.count)
        let gap = style.size(18)
        let chartWidth = (width - gap * Double(perRow - 1)) / Double(perRow)
        var items: [SceneItem] = []
        var rowTop = 0.0
        var rowHeight = 0.0
        for (index, chart) in charts.enumerated() {
            if index > 0 && index % perRow == 0 {
                rowTop += rowHeight + style.gap
                rowHeight = 0
            }
            let frame = try chartFrame(chart, width: chartWidth, height: height, style: style, setter: setter)
                .offset(by: Double(index % perRow) * (chartWidth + gap), rowTop)
            rowHeight = max(rowHeight, frame.height)
            items.append(.frame(frame))
        }
        return Frame(width: width, height: rowTop + rowHeight, role: nil, items: items)
    }

    func chartFrame(_ chart: BarChart, width: Double, height: Double, style: PageStyle, setter: TextSetter) throws -> Frame {
        let heading = try setter.paragraph(chart.title, style: style.heading, x: 0, top: 0, width: width,
                                           leading: style.heading.size * 1.25)
        let top = heading.height + style.size(2)
        let layout = ChartLayout(width: width, height: height, fontSize: style.chartFont, smallestFontSize: PageStyle.smallestText)
        let drawing = layout.layout(chart)
        var figure = try frame(of: drawing, setter: setter).offset(by: 0, top)
        figure.role = .figure(alternative: chart.description)
        return Frame(width: width, height: top + figure.height, role: .section, outline: chart.title, items: [
            .frame(Frame(width: width, height: heading.height, role: .heading(level: 2), items: heading.runs.map(SceneItem.text))),
            .frame(figure),
        ])
    }

    /// A chart's drawing as a frame: its primitives as scene items in the same coordinates.
    func frame(of drawing: Drawing, setter: TextSetter) throws -> Frame {
        var items: [SceneItem] = []
        for primitive in drawing.primitives {
            switch primitive {
            case .rect(let x, let y, let width, let height, let fill):
                items.append(.rect(x: x, y: y, width: width, height: height, fill: SceneColor(fill), stroke: nil))
            case .line(let x1, let y1, let x2, let y2, let stroke, let width, let dashed):
                items.append(.line(from: Point(x: x1, y: y1), to: Point(x: x2, y: y2),
                                   stroke: Stroke(color: SceneColor(stroke), width: width, dash: dashed ? [3, 2] : [])))
            case .path(let points, let closed, let stroke, let fill, let width):
                items.append(.path(points: points, closed: closed, fill: fill.map(SceneColor.init),
                                   stroke: stroke.map { Stroke(color: SceneColor($0), width: width) }))
            case .text(let text, let x, let y, let anchor, let size, let bold, let fill):
                let style = TextStyle(size: size, weight: bold ? .semibold : .regular, tabular: true, color: SceneColor(fill))
                items.append(.text(try setter.run(text, style: style, x: x, y: y, anchor: anchor)))
            }
        }
        return Frame(width: drawing.width, height: drawing.height, items: items)
    }
}
