import Testing
@testable import KCView

@Suite struct ChartLayoutTests {
    static let chart = BarChart(
        id: "test", title: "Test", description: "A test chart.", kind: .grouped, axis: .percent, unitNote: nil,
        categories: ["Q1'24", "Q2'24", "Q3'24"],
        series: [BarSeries(name: "Margin", values: [0.1, nil, -0.05], labels: ["10.0%", nil, "−5.0%"])],
        totals: [nil, nil, nil])

    /// The bars: series-coloured rectangles that are not legend swatches (squares of 0.9 em).
    func rects(_ drawing: Drawing) -> [(y: Double, height: Double)] {
        drawing.primitives.compactMap {
            if case .rect(_, let y, let w, let h, let fill) = $0, fill.role.hasPrefix("series"), !(w == 9 && h == 9) { return (y, h) } else { return nil }
        }
    }

    func zeroLine(_ drawing: Drawing) -> Double? {
        drawing.primitives.compactMap { if case .line(_, let y1, _, _, let stroke, _, _) = $0, stroke.role == "axis" { return y1 } else { return nil } }.first
    }

    @Test func barsStartAtZeroAndNegativesGoBelow() throws {
        let drawing = ChartLayout().layout(Self.chart)
        let zero = try #require(zeroLine(drawing))
        let bars = rects(drawing)
        #expect(bars.count == 2)
        #expect(abs(bars[0].y + bars[0].height - zero) < 0.001)
        #expect(abs(bars[1].y - zero) < 0.001)
    }

    @Test func missingQuartersAreMarkedAndLabelsArePrinted() {
        let texts = ChartLayout().layout(Self.chart).primitives.compactMap { if case .text(let text, _, _, _, _, _, _) = $0 { return text } else { return nil } }
        #expect(texts.contains("n/a"))
        #expect(texts.contains("10.0%"))
        #expect(texts.contains("−5.0%"))
        #expect(texts.contains("Margin"))
        #expect(texts.contains("−5%"))
        #expect(texts.contains("Q2'24"))
    }

    @Test func stackedTotalsSitOnTop() throws {
        let chart = BarChart(id: "mix", title: "Mix", description: "", kind: .stacked, axis: .amount, unitNote: "RMB in millions",
                             categories: ["Q1"], series: [BarSeries(name: "A", values: [60], labels: [nil]), BarSeries(name: "B", values: [40], labels: [nil])],
                             totals: ["100.0"])
        let drawing = ChartLayout().layout(chart)
        let bars = rects(drawing)
        let top = try #require(bars.map(\.y).min())
        let total = drawing.primitives.compactMap { if case .text("100.0", _, let y, _, _, _, _) = $0 { return y } else { return nil } }.first
        #expect(total.map { $0 < top } == true)
    }
}
