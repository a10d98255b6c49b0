import KCView

extension OnePagerLayout {
    /// Highlights as a bulleted list with hanging indent, then the management quote with a rule at its left.
    func highlightsBlock(_ highlights: [String], quote: QuoteView?, width: Double, style: PageStyle, setter: TextSetter) throws -> Frame {
        var items: [SceneItem] = []
        let heading = try setter.paragraph("Highlights", style: style.heading, x: 0, top: 0, width: width, leading: style.heading.size * 1.25)
        items.append(.frame(Frame(width: width, height: heading.height, role: .heading(level: 2), items: heading.runs.map(SceneItem.text))))
        var y = heading.height + style.size(4)
        if !highlights.isEmpty {
            let indent = style.size(10)
            var list: [SceneItem] = []
            var listTop = 0.0
            for highlight in highlights {
                let text = try setter.paragraph(highlight, style: style.body, x: indent, top: 0, width: width - indent, leading: style.bodyLeading)
                var bullet = style.body
                bullet.color = PageStyle.accent
                let mark = try setter.run("•", style: bullet, x: style.size(2), y: text.runs.first?.y ?? 0)
                list.append(.frame(Frame(y: listTop, width: width, height: text.height, role: .listItem,
                                         items: [.text(mark)] + text.runs.map(SceneItem.text))))
                listTop += text.height + style.size(3)
            }
            items.append(.frame(Frame(y: y, width: width, height: listTop - style.size(3), role: .list, items: list)))
            y += listTop - style.size(3)
        }
        if let quote {
            y += highlights.isEmpty ? 0 : style.size(6)
            let indent = style.size(10)
            let text = try setter.paragraph("“\(quote.text)”", style: style.quote, x: indent, top: 0, width: width - indent,
                                            leading: style.bodyLeading)
            var attribution = style.meta
            attribution.size = style.size(7.5)
            let who = "— " + quote.speaker + (quote.title.map { ", \($0)" } ?? "")
            let by = try setter.paragraph(who, style: attribution, x: indent, top: text.height + style.size(3), width: width - indent,
                                          leading: attribution.size * 1.3)
            let height = text.height + style.size(3) + by.height
            let bar = SceneItem.rect(x: 0, y: 0, width: style.size(2), height: height, fill: PageStyle.accent, stroke: nil)
            items.append(.frame(Frame(y: y, width: width, height: height, role: .quote,
                                      items: [bar] + text.runs.map(SceneItem.text) + by.runs.map(SceneItem.text))))
            y += height
        }
        return Frame(width: width, height: y, role: .section, outline: "Highlights", items: items)
    }

    /// The footnotes: the checks' result first, the source and its link, the convenience rate,
    /// non-GAAP definitions, rounding. A rule above them.
    func footnotes(_ notes: FootnotesView, width: Double, style: PageStyle, setter: TextSetter) throws -> Frame {
        var paragraphs: [(text: String, link: String?)] = []
        let checks = notes.checks
        if checks.notRun {
            paragraphs.append(("The tie-out checks were not run for this build; the figures are as imported from the release.", nil))
        } else if checks.passed {
            paragraphs.append(("Checked: all \(checks.countPhrase) of the figures passed\(checks.warnings.map { " (\($0))" } ?? "").", nil))
        } else {
            let problems = [checks.errors, checks.warnings].compactMap { $0 }.joined(separator: ", ")
            paragraphs.append(("The checks found problems: \(checks.countPhrase) run\(problems.isEmpty ? "" : ", " + problems).", nil))
        }
        var source = "Source: \(notes.source)"
        if let title = notes.sourceTitle { source += ", “\(title)”" }
        paragraphs.append((source + ".", nil))
        if let link = notes.link { paragraphs.append(("More at " + link, link)) }
        if let rate = notes.convenienceRate {
            let date = rate.date.map { rate.usedForDisplay ? ", the rate as of \($0)" : " (\($0))" } ?? ""
            paragraphs.append((rate.usedForDisplay
                ? "Figures in \(rate.currency) are translated at \(rate.rate)\(date), the release's convenience rate, for the reader's convenience only."
                : "The release also translates figures for convenience at \(rate.rate)\(date); this summary shows the reporting currency.", nil))
        }
        if let nonGAAP = notes.nonGAAP {
            let excluded = nonGAAP.adjustments.map { " exclude items such as \($0)" } ?? ""
            paragraphs.append(("Non-GAAP measures (\(nonGAAP.measures))\(excluded). The release reconciles each to its nearest GAAP measure.", nil))
        }
        if notes.rounding { paragraphs.append(("Totals may not add due to rounding.", nil)) }

        var items: [SceneItem] = [.line(from: Point(x: 0, y: 0), to: Point(x: width, y: 0), stroke: Stroke(color: PageStyle.rule, width: 0.75))]
        var y = style.size(5)
        for paragraph in paragraphs {
            var noteStyle = style.note
            if paragraph.link != nil { noteStyle.color = PageStyle.accent }
            let text = try setter.paragraph(paragraph.text, style: noteStyle, x: 0, top: 0, width: width, leading: style.noteLeading)
            let frame = Frame(y: y, width: width, height: text.height, role: .paragraph, items: text.runs.map(SceneItem.text))
            if let link = paragraph.link, let last = text.runs.last {
                // The link covers the link's own text, not the rest of the line.
                let linkFrame = Frame(x: 0, y: 0, width: last.left + last.width, height: text.height, link: link, items: frame.items)
                items.append(.frame(Frame(y: y, width: width, height: text.height, role: .paragraph, items: [.frame(linkFrame)])))
            } else {
                items.append(.frame(frame))
            }
            y += text.height + style.size(2)
        }
        return Frame(width: width, height: y - style.size(2), role: .section, outline: "Notes", items: items)
    }
}
