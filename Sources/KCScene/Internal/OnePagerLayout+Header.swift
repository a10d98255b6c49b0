import KCView

extension OnePagerLayout {
    /// Company name (shrunk, then wrapped, never clipped), its name in another script, tickers
    /// on the right, the summary's title, and a line of period, release date and currency note.
    func header(_ header: HeaderView, width: Double, style: PageStyle, setter: TextSetter) throws -> Frame {
        var items: [SceneItem] = []
        let tickerRun = header.tickers.isEmpty ? nil
            : try setter.run(header.tickers, style: style.tickers, x: width, y: 0, anchor: .end)
        let nameWidth = width - (tickerRun.map { $0.width + style.size(14) } ?? 0)

        // The company's name: one line at the largest size from 18 down to 13 pt, else wrapped at 13 pt.
        var nameStyle = style.company
        nameStyle.size = try setter.fittingSize(header.company, style: nameStyle, width: nameWidth, minimum: style.size(13), maxLines: 1)
        let nameLeading = nameStyle.size * 1.2
        let name = try setter.paragraph(header.company, style: nameStyle, x: 0, top: 0, width: nameWidth, leading: nameLeading)
        var nameRuns = name.runs
        var bottom = name.height

        // The name in another script: beside the last line when it fits, else on a line of its own.
        if let local = header.localName, !local.isEmpty {
            var localStyle = style.localName
            localStyle.language = header.localNameLanguage
            let missing = try setter.missing(local, style: localStyle)
            if !missing.isEmpty {
                setter.diagnostics.warn("the company's name “\(local)” was left out of the header: no font in the fonts folder has \(missing.map { String($0) }.joined(separator: " ")); add a CJK font to Fonts/ (scripts/setup.sh installs Noto Sans CJK)")
            } else if let last = nameRuns.last {
                let localWidth = try setter.width(local, style: localStyle)
                let gap = style.size(10)
                if last.width + gap + localWidth <= nameWidth {
                    nameRuns.append(try setter.run(local, style: localStyle, x: last.width + gap, y: last.y))
                } else {
                    let local = try setter.paragraph(local, style: localStyle, x: 0, top: bottom + style.size(2), width: nameWidth,
                                                     leading: localStyle.size * 1.25)
                    nameRuns += local.runs
                    bottom += style.size(2) + local.height
                }
            }
        }
        let nameFrame = Frame(width: nameWidth, height: bottom, role: .heading(level: 1), items: nameRuns.map(SceneItem.text))
        items.append(.frame(nameFrame))
        if var tickers = tickerRun, let first = nameRuns.first {
            tickers.y = first.y
            items.append(.frame(Frame(x: 0, y: 0, width: width, height: bottom, role: .paragraph, items: [.text(tickers)])))
        }

        // Title, then the line of facts about the period.
        let title = try setter.paragraph(header.title, style: style.title, x: 0, top: bottom + style.size(6), width: width,
                                         leading: style.title.size * 1.25)
        items.append(.frame(Frame(width: width, height: bottom + style.size(6) + title.height, role: .heading(level: 2),
                                  items: title.runs.map(SceneItem.text))))
        bottom += style.size(6) + title.height
        let facts = [header.periodEnd, header.released, header.currencyNote].compactMap { $0 }.filter { !$0.isEmpty }
        let meta = try setter.paragraph(facts.joined(separator: "  ·  "), style: style.meta, x: 0, top: bottom + style.size(4),
                                        width: width, leading: style.meta.size * 1.35)
        items.append(.frame(Frame(width: width, height: bottom + style.size(4) + meta.height, role: .paragraph,
                                  items: meta.runs.map(SceneItem.text))))
        bottom += style.size(4) + meta.height + style.size(6)
        items.append(.line(from: Point(x: 0, y: bottom), to: Point(x: width, y: bottom),
                           stroke: Stroke(color: PageStyle.accent, width: style.size(1.5))))
        return Frame(width: width, height: bottom + style.size(1), role: .section, items: items)
    }
}
