import KCView

/// Lays the one-pager out on one page: header, KPI tiles, the charts, the condensed
/// income statement, highlights and quote, footnotes pinned to the foot of the page.
///
/// It measures first. When the content is taller than the page it shrinks the text in
/// steps (`scales`), then drops the optional blocks one by one in `OptionalBlock` order,
/// trying every scale again after each; it reports what it dropped. It never lets
/// anything overflow the page: when even the required blocks at the smallest scale do
/// not fit, it throws.
public struct OnePagerLayout: Sendable {
    public var paper: Paper
    /// Space around the content, in points.
    public var margin: Double
    /// Text scales to try, largest first.
    public var scales: [Double]

    public init(paper: Paper = .a4, margin: Double = 36, scales: [Double] = [1, 0.95, 0.9, 0.85]) {
        self.paper = paper
        self.margin = margin
        self.scales = scales
    }

    /// One style of each typeface the page sets text in — weight, figures and the local
    /// name's language — so a font library can load them before the first page. Not the
    /// quote's italic: few pages have a quote, and one that does loads it as it goes.
    public static func typefaces(localNameLanguage: String?) -> [TextStyle] {
        let page = PageStyle(scale: 1)
        var seen: Set<TextStyle> = []
        return page.all.filter { $0 != page.quote }.compactMap { style in
            var face = style.sized(10)
            if style == page.localName { face.language = localNameLanguage }
            face.color = PageStyle.ink
            return seen.insert(face).inserted ? face : nil
        }
    }

    public func layout(_ pager: OnePager, measurer: any TextMeasurer) throws -> LaidOutOnePager {
        let present = OptionalBlock.allCases.filter { isPresent($0, in: pager) }
        var shortest = Double.infinity
        for count in 0...present.count {
            let dropped = Array(present.prefix(count))
            for scale in scales {
                let diagnostics = Diagnostics()
                let style = PageStyle(scale: scale)
                let setter = TextSetter(measurer: measurer, diagnostics: diagnostics)
                let attempt = try compose(pager, dropped: Set(dropped), style: style, setter: setter, chartHeight: style.chartHeight)
                guard var page = attempt.page else {
                    shortest = min(shortest, attempt.needed)
                    continue
                }
                // The charts take the room left over, up to their tallest.
                let spare = paper.height - 2 * margin - attempt.needed
                if spare > 1, !pager.charts.isEmpty, !dropped.contains(.charts) {
                    let taller = style.chartHeight + min(spare - 1, style.chartHeightMaximum - style.chartHeight)
                    if let grown = try compose(pager, dropped: Set(dropped), style: style, setter: setter, chartHeight: taller).page {
                        page = grown
                    }
                }
                var warnings = diagnostics.warnings
                if scale < 1 { warnings.append("text shrunk to \(Int((scale * 100).rounded()))% to fit the page") }
                let names = dropped.map { description(of: $0, in: pager) }
                if !names.isEmpty { warnings.append("dropped to fit the page: \(names.joined(separator: ", "))") }
                return LaidOutOnePager(scene: Scene(pages: [page]), dropped: names, scale: scale, warnings: warnings)
            }
        }
        let available = paper.height - 2 * margin
        throw LayoutError("the one-pager does not fit on one \(paper == .a4 ? "A4" : "Letter") page even with every optional block dropped and the text at \(Int(((scales.last ?? 1) * 100).rounded()))%: it needs \(TextSetter.points(shortest)) pt of \(TextSetter.points(available)) pt")
    }

    /// Whether dropping `block` would remove anything from this one-pager.
    func isPresent(_ block: OptionalBlock, in pager: OnePager) -> Bool {
        switch block {
        case .quote: return pager.view.quote != nil
        case .extraHighlights: return writtenHighlights(pager).count > 3
        case .trailingCharts: return pager.charts.count > 1
        case .highlights: return !writtenHighlights(pager).isEmpty
        case .charts: return !pager.charts.isEmpty
        }
    }

    /// The block's description, with the chart titles it stands for.
    func description(of block: OptionalBlock, in pager: OnePager) -> String {
        switch block {
        case .trailingCharts: return "\(block.description) (\(pager.charts.dropFirst().map(\.title).joined(separator: ", ")))"
        case .charts: return "\(block.description) (\(pager.charts.prefix(1).map(\.title).joined(separator: ", ")))"
        default: return block.description
        }
    }

    func writtenHighlights(_ pager: OnePager) -> [String] {
        pager.view.highlights.map(\.text).filter { !$0.isEmpty }
    }

    /// One attempt at a scale with some blocks dropped: the page when it fits, and the height it needed.
    func compose(_ pager: OnePager, dropped: Set<OptionalBlock>, style: PageStyle, setter: TextSetter,
                 chartHeight: Double) throws -> (page: Page?, needed: Double) {
        let width = paper.width - 2 * margin
        let bottom = paper.height - margin
        var items: [SceneItem] = []
        var y = margin
        func place(_ frame: Frame) {
            items.append(.frame(frame.offset(by: margin, y)))
            y += frame.height + style.gap
        }
        place(try header(pager.view.header, width: width, style: style, setter: setter))
        place(try kpis(pager.view.kpis, width: width, style: style, setter: setter))
        var charts = pager.charts
        if dropped.contains(.charts) { charts = [] } else if dropped.contains(.trailingCharts) { charts = Array(charts.prefix(1)) }
        if !charts.isEmpty { place(try chartRow(charts, width: width, height: chartHeight, style: style, setter: setter)) }
        place(try incomeStatement(pager.view.incomeStatement, width: width, style: style, setter: setter))
        var highlights = writtenHighlights(pager)
        if pager.view.highlights.contains(where: { $0.text.isEmpty }) {
            setter.diagnostics.warn("highlights without text were left out; write them with the highlight template first (OnePagerRenderer.writingHighlights)")
        }
        if dropped.contains(.highlights) { highlights = [] } else if dropped.contains(.extraHighlights) { highlights = Array(highlights.prefix(3)) }
        let quote = dropped.contains(.quote) ? nil : pager.view.quote
        if !highlights.isEmpty || quote != nil {
            place(try highlightsBlock(highlights, quote: quote, width: width, style: style, setter: setter))
        }
        let notes = try footnotes(pager.view.footnotes, width: width, style: style, setter: setter)
        // `y` ends with a gap after the last block: the least space above the footnotes.
        let needed = y - margin + notes.height
        guard y + notes.height <= bottom + 0.001 else { return (nil, needed) }
        items.append(.frame(notes.offset(by: margin, bottom - notes.height)))
        let root = Frame(width: paper.width, height: paper.height, items: items)
        return (Page(width: paper.width, height: paper.height, root: root), needed)
    }
}
