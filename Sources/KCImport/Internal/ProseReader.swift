import KCModel

/// Reads the prose of a release: management quotes, the outlook, footnotes,
/// and every sentence that states a figure, each with its place.
struct ProseReader {
    static let quoteVerbs = ["commented", "added", "said", "stated", "noted", "remarked", "concluded"]
    static let honorifics = ["Mr.", "Ms.", "Mrs.", "Dr.", "Prof."]
    static let outlookHeadings = ["outlook", "guidance"]
    /// Headings after which the text is boilerplate with no figures to verify.
    static let boilerplateHeadings = ["conference call", "safe harbor", "forward-looking", "about ", "use of non-gaap",
                                      "exchange rate", "investor relations", "for investor", "contact"]

    static func read(_ source: SourceText, from startLine: Int, until endLine: Int) -> Prose {
        var prose = Prose()
        var heading = ""
        for paragraph in source.paragraphs {
            guard let first = paragraph.first, first.number >= startLine, first.number < endLine else { continue }
            guard !paragraph.contains(where: \.hasTab) else { continue }
            if paragraph.count == 1, isHeading(first.text) {
                heading = LabelText.clean(first.text).label.lowercased()
                continue
            }
            for line in paragraph {
                let text = ProseText(line: line.number, raw: line.text).trimmed()
                guard !text.isEmpty else { continue }
                let location = SourceLocation(file: source.file, line: line.number, column: text.column(at: 0))
                let plain = text.text
                if text.isMarker(at: 0) {
                    prose.footnotes.append(Passage(text: plain, source: location))
                    continue
                }
                if outlookHeadings.contains(where: heading.includes) {
                    prose.outlook.append(Passage(text: plain, source: location))
                }
                if let quote = quote(in: plain, at: location) { prose.quotes.append(quote) }
                guard !boilerplateHeadings.contains(where: heading.includes) else { continue }
                var body = text
                if isBullet(body) { body = body.slice(2..<body.count) }
                for sentence in body.sentences() {
                    let figures = FigureScanner.figures(in: sentence, file: source.file)
                    guard !figures.isEmpty else { continue }
                    prose.figureSentences.append(FigureSentence(
                        text: sentence.text, source: SourceLocation(file: source.file, line: sentence.line, column: sentence.column(at: 0)),
                        figures: figures))
                }
            }
        }
        return prose
    }

    /// A line opening with "-", "•" or "*" and a space.
    static func isBullet(_ text: ProseText) -> Bool {
        guard text.count > 1, text.ascii[1] == UInt8(ascii: " ") else { return false }
        let first = text.ascii[0]
        return first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || text.isCharacter(at: 0, bulletSign)
    }

    static let bulletSign = Array("•".utf8)

    /// A heading: one short line that does not end a sentence.
    static func isHeading(_ raw: String) -> Bool {
        guard raw.utf8.count <= 200 else { return false }
        let text = LabelText.clean(raw).label
        guard !text.isEmpty, text.count <= 80, let last = text.last else { return false }
        return !".:;,”\"".contains(last) && text.first?.isUppercase == true
    }

    /// `Mr. Name, Title of Company, commented, “…”`.
    static func quote(in text: String, at location: SourceLocation) -> Quote? {
        // Most lines hold no quote mark: look for its bytes before walking characters.
        guard text.includes("“") || text.includes("\""),
              let open = text.firstIndex(where: { ProseText.isScalar($0, "“") || ProseText.isScalar($0, "\"") }) else { return nil }
        let intro = text[..<open]
        let lowerIntro = intro.lowercased()
        guard let verb = quoteVerbs.first(where: { lowerIntro.includes(", \($0)") }) else { return nil }
        var body = String(text[text.index(after: open)...]).trimmingSpaces
        if body.hasSuffix("”") || body.hasSuffix("\"") { body.removeLast() }
        var who = intro.prefix { _ in true }
        if let verbRange = lowerIntro.range(of: ", \(verb)") {
            let offset = lowerIntro.distance(from: lowerIntro.startIndex, to: verbRange.lowerBound)
            who = who.prefix(offset)
        }
        var parts = who.split(separator: ",", maxSplits: 1).map { $0.trimmingSpaces }
        guard var speaker = parts.first, !speaker.isEmpty else { return nil }
        for honorific in honorifics where speaker.hasPrefix(honorific + " ") {
            speaker = String(speaker.dropFirst(honorific.count + 1))
        }
        guard speaker.split(separator: " ").count <= 5, speaker.first?.isUppercase == true else { return nil }
        var title: String?
        if parts.count > 1 {
            parts[1] = parts[1].trimmingSpaces
            if let of = parts[1].range(of: " of ") { title = String(parts[1][..<of.lowerBound]) } else { title = parts[1] }
        }
        return Quote(speaker: speaker, title: title, text: body, source: location)
    }
}
