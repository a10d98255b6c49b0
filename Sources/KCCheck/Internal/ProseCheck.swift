import Foundation
import KCImport
import KCModel

/// Recomputes every figure the prose states from the tables. A sentence such as
/// "Total Revenues reached RMB1,885.6 million (US$268.7 million), increased by
/// 16.0% year-over-year from RMB1,625.2 million" yields four claims: the amount,
/// its translation, the growth rate and the comparison amount. Each is verified,
/// a mismatch (an error showing both numbers), or unverifiable (skipped, with
/// the reason) — and then the sentence's own arithmetic is still checked.
enum ProseCheck {
    static func run(_ model: FinancialModel, index: FactIndex, into recorder: inout Recorder) {
        // The concept lookup costs more than a millisecond to make; a model without the
        // release's wording (`--figures-only`) has no sentence to use it on.
        guard !model.prose.figureSentences.isEmpty else { return }
        let context = ProseContext(model: model, index: index)
        for sentence in model.prose.figureSentences {
            SentenceChecker(sentence: sentence, context: context).check(into: &recorder)
        }
    }
}

/// What every sentence check needs from the model.
struct ProseContext {
    let model: FinancialModel
    let lookup: ConceptLookup
    let index: FactIndex
    let currency: String
    let rate: ConvenienceRate?

    init(model: FinancialModel, index: FactIndex) {
        self.model = model
        lookup = ConceptLookup(model: model)
        self.index = index
        currency = model.document.reportingCurrency
        rate = model.document.convenienceRate
    }

    /// The unit the model files a concept's figures in, and whether they are balances.
    func unitAndKind(_ match: ConceptLookup.Match) -> (unit: KCModel.Unit, instant: Bool)? {
        guard let fact = index.firstFact(match.concept, member: match.member) else { return nil }
        return (fact.unit, fact.period.isInstant)
    }
}

/// Checks the claims of one sentence.
struct SentenceChecker {
    let sentence: FigureSentence
    let context: ProseContext

    /// Words before a percentage that make it a growth rate, with its direction.
    static let growthWords: [(word: String, sign: Int)] = [
        ("decreased", -1), ("decrease", -1), ("declined", -1), ("decline", -1), ("down", -1), ("fell", -1), ("narrowed", -1),
        ("lower", -1), ("dropped", -1), ("increased", 1), ("increase", 1), ("grew", 1), ("growth of", 1), ("up ", 1),
        ("rose", 1), ("higher", 1),
    ]
    /// Words that make the figure after them a different measure from the line item named.
    static let qualifiers = ["excluding", "exclusive of", "like-for-like", "constant currency", "adjusted for", "accounting for", "share of"]
    /// Words that make a sentence a forecast, which the tables cannot confirm.
    static let forecastWords = ["expect", "anticipat", "forecast", "guidance", "outlook", "projected"]
    /// Words that say a figure printed positive is a loss.
    static let lossWords = ["loss", "deficit", "negative"]

    /// A figure with the text around it.
    struct Slot {
        var figure: ProseFigure
        var before: String
        /// `before` in lower case, made once: most tests on a slot read it.
        var lowerBefore: String
        var after: String
        var subject: ConceptLookup.Match?
        var subjectIsLocal: Bool
        var qualified: Bool
    }

    /// A figure read as a value of the subject for a period.
    struct Value {
        var slot: Int
        var period: Period?
        var fact: Fact?
        var signedPrinted: Decimal
    }

    func slots() -> [Slot] {
        let text = sentence.text
        var result: [Slot] = []
        var cursor = text.startIndex
        var ranges: [Range<String.Index>] = []
        for figure in sentence.figures {
            guard let range = text.byteRange(of: figure.text, from: cursor) else { return [] }
            ranges.append(range)
            cursor = range.upperBound
        }
        var running: ConceptLookup.Match?
        var runningQualified = false
        for (i, figure) in sentence.figures.enumerated() {
            let start = i == 0 ? text.startIndex : ranges[i - 1].upperBound
            let before = String(text[start..<ranges[i].lowerBound])
            let end = i + 1 < ranges.count ? ranges[i + 1].lowerBound : text.endIndex
            let after = String(text[ranges[i].upperBound..<end])
            let lower = before.lowercased()
            let isInclusion = lower.includes("including") || lower.includes("of which")
            let qualified = SentenceChecker.qualifiers.contains { lower.includes($0) }
            var subject = running
            var local = false
            if let found = context.lookup.rightmostMatch(in: before)?.match {
                subject = found
                if isInclusion { local = true } else { running = found; runningQualified = qualified }
            } else if qualified && !isInclusion {
                running = nil
                subject = nil
            }
            let narrowed = subject?.qualified == true
            result.append(Slot(figure: figure, before: before, lowerBefore: lower, after: after, subject: subject, subjectIsLocal: local,
                               qualified: qualified || narrowed || (!local && runningQualified)))
        }
        return result
    }

    func check(into recorder: inout Recorder) {
        let lowerText = sentence.text.lowercased()
        if SentenceChecker.forecastWords.contains(where: lowerText.includes) {
            for figure in sentence.figures {
                recorder.skip("prose", "line \(figure.source.line) col \(figure.source.column): \"\(figure.text)\"", reason: "unverifiable: a forecast, which the tables cannot confirm")
            }
            return
        }
        let slots = slots()
        guard !slots.isEmpty else {
            recorder.skip("prose", describe(nil), reason: "unverifiable: the figures could not be located in the sentence")
            return
        }
        var values: [Int: Value] = [:]
        var seenValue: Set<String> = []
        var lastGrowthSign = 1
        var pending: [(slot: Int, sign: Int)] = []
        var pointsClaims: [Int] = []

        for (i, slot) in slots.enumerated() {
            let figure = slot.figure
            let lower = slot.lowerBefore
            switch figure.kind {
            case .amount where figure.currency != context.currency:
                checkTranslation(i, slots: slots, values: values, into: &recorder)
            case .percent where growthSign(lower) != nil || (continuesGrowth(lower) && !pending.isEmpty):
                let sign = growthSign(lower) ?? lastGrowthSign
                lastGrowthSign = sign
                pending.append((i, sign))
            case .percentagePoints:
                pointsClaims.append(i)
            default:
                let value = checkValue(i, slot: slot, isFirst: !seenValue.contains(subjectKey(slot.subject)), into: &recorder)
                seenValue.insert(subjectKey(slot.subject))
                values[i] = value
            }
        }
        for (growth, sign) in pending { checkGrowth(growth, sign: sign, slots: slots, values: values, into: &recorder) }
        for points in pointsClaims { checkPoints(points, slots: slots, values: values, into: &recorder) }
    }

    /// "… and 15.7% from RMB204.0 million last quarter": a second rate under the same verb.
    func continuesGrowth(_ lowerBefore: String) -> Bool {
        // `trimmingCharacters(in: .whitespaces)` (tab and Unicode Zs), on scalars rather than through NSString.
        let isSpace = { (scalar: Unicode.Scalar) in scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        let scalars = lowerBefore.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else { return false }
        let trimmed = String(scalars[first...last])
        return trimmed == "and" || trimmed.hasSuffix(" and")
    }

    func subjectKey(_ match: ConceptLookup.Match?) -> String {
        match.map { "\($0.concept)|\($0.member ?? "")" } ?? "-"
    }

    func growthSign(_ lowerBefore: String) -> Int? {
        var best: (offset: Int, sign: Int)?
        for entry in SentenceChecker.growthWords {
            guard let range = lowerBefore.byteRange(of: entry.word, backwards: true) else { continue }
            // Byte offsets order the matches as character offsets do: every word starts with an ASCII letter.
            let offset = lowerBefore.byteOffset(range.lowerBound)
            if best == nil || offset > (best?.offset ?? -1) { best = (offset, entry.sign) }
        }
        return best?.sign
    }

    func describe(_ slot: Slot?) -> String {
        guard let slot else { return "line \(sentence.source.line): \(sentence.text.prefix(60))…" }
        let what = slot.subject.map { "\($0.concept)\($0.member.map { "[\($0)]" } ?? "")" } ?? "an unmatched subject"
        return "line \(slot.figure.source.line) col \(slot.figure.source.column): \"\(slot.figure.text)\" for \(what)"
    }

    /// The printed value with the sign the sentence gives it ("RMB-45.4 million", "a loss of 8.6%").
    func signed(_ slot: Slot) -> Decimal {
        let value = slot.figure.value
        guard value > 0 else { return value }
        let nearBefore = String(slot.lowerBefore.suffix(24))
        return SentenceChecker.lossWords.contains(where: nearBefore.includes) ? -value : value
    }

    func checkValue(_ i: Int, slot: Slot, isFirst: Bool, into recorder: inout Recorder) -> Value {
        let printed = signed(slot)
        var value = Value(slot: i, period: nil, fact: nil, signedPrinted: printed)
        let subject = describe(slot)
        guard let match = slot.subject else {
            recorder.skip("prose", subject, reason: "unverifiable: the sentence names no line item of the tables")
            return value
        }
        guard !slot.qualified else {
            recorder.skip("prose", subject, reason: "unverifiable: a measure the tables do not state (narrowed by 'excluding', a segment name or similar)")
            return value
        }
        guard let (unit, instant) = context.unitAndKind(match) else {
            recorder.skip("prose", subject, reason: "unverifiable: \(match.concept)\(match.member.map { "[\($0)]" } ?? "") is not in the tables")
            return value
        }
        guard compatible(slot.figure.kind, unit) else {
            recorder.skip("prose", subject, reason: "unverifiable: a \(slot.figure.kind.rawValue) cannot be compared with figures in \(unit)")
            return value
        }
        let fiscal = context.model.document.fiscalPeriod
        let period: Period
        if let phrase = ProsePeriod.first(in: slot.after) {
            period = phrase.resolve(fiscal: fiscal, instant: instant)
        } else if isFirst || slot.lowerBefore.hasSuffix(" to ") || slot.lowerBefore.includes(" to a ") {
            period = ProsePeriod.current.resolve(fiscal: fiscal, instant: instant)
        } else {
            recorder.skip("prose", subject, reason: "unverifiable: the sentence does not say which period the figure is for")
            return value
        }
        value.period = period
        guard let fact = context.index.fact(match.concept, period, member: match.member, unit: unit) else {
            recorder.skip("prose", subject, reason: "unverifiable: the tables have no \(match.concept) for \(PeriodText.short(period))")
            return value
        }
        value.fact = fact
        // "Net loss was RMB1,061.1 million": a loss stated as a positive amount.
        let compared = printed > 0 && fact.value < 0 ? -fact.value : fact.value
        let difference = compared - printed
        let magnitude = difference < 0 ? -difference : difference
        if magnitude <= slot.figure.precision {
            recorder.pass("prose", subject)
        } else {
            recorder.fail("prose", subject, [Finding(severity: .error, check: "prose",
                message: "the text says \(slot.figure.text) for \(fact.label) (\(PeriodText.short(period))), but the table has \(Amount.grouped(fact.value)) at \(fact.source)",
                location: slot.figure.source,
                figures: [FigureRef(label: "prose", period: period, value: printed, text: slot.figure.text, source: slot.figure.source), FigureRef(fact)],
                expected: fact.value, found: printed)])
        }
        return value
    }

    func compatible(_ kind: ProseFigure.Kind, _ unit: KCModel.Unit) -> Bool {
        switch kind {
        case .amount: return unit.currencyCode == context.currency
        case .percent, .percentagePoints: return unit == .pure
        case .count: return unit == .shares
        }
    }

    /// "(US$268.7 million)" after a reporting-currency amount: that amount at the convenience rate.
    func checkTranslation(_ i: Int, slots: [Slot], values: [Int: Value], into recorder: inout Recorder) {
        let slot = slots[i]
        let subject = describe(slot) + " (convenience translation)"
        guard let convenience = context.rate, convenience.rate != 0, slot.figure.currency == convenience.to else {
            recorder.skip("prose", subject, reason: "unverifiable: no convenience rate into \(slot.figure.currency ?? "this currency") is stated")
            return
        }
        guard i > 0, slots[i - 1].figure.kind == .amount, slots[i - 1].figure.currency == context.currency else {
            recorder.skip("prose", subject, reason: "unverifiable: no \(context.currency) amount stands just before it")
            return
        }
        let rate = convenience.rate
        let original = slots[i - 1].figure
        let base = values[i - 1]?.fact.map { $0.value < 0 ? -$0.value : $0.value } ?? (original.value < 0 ? -original.value : original.value)
        let expected = base / rate
        let printed = slot.figure.value < 0 ? -slot.figure.value : slot.figure.value
        // The original may itself be rounded when no table figure backs it.
        let slack = slot.figure.precision + (values[i - 1]?.fact == nil ? original.precision / rate : 0)
        let difference = expected - printed
        if (difference < 0 ? -difference : difference) <= slack {
            recorder.pass("prose", subject)
        } else {
            recorder.fail("prose", subject, [Finding(severity: .error, check: "prose",
                message: "the text says \(slot.figure.text) for \(original.text), but at \(rate) it is \(Amount.grouped(Amount.rounded(expected, places: 0)))",
                location: slot.figure.source,
                figures: [FigureRef(label: "translation", period: nil, value: printed, text: slot.figure.text, source: slot.figure.source),
                          FigureRef(label: "original", period: nil, value: base, text: original.text, source: original.source)],
                expected: expected, found: printed)])
        }
    }

    /// "increased by 16.0% … from RMB1,625.2 million": recomputed from the tables
    /// when both ends are there, else from the two amounts the sentence states.
    func checkGrowth(_ i: Int, sign: Int, slots: [Slot], values: [Int: Value], into recorder: inout Recorder) {
        let slot = slots[i]
        let subject = describe(slot) + " (growth)"
        let claimed = slot.figure.value * Decimal(sign)
        // The figure the rate is measured from: the same subject's, "from …" or "compared with …".
        let key = subjectKey(slot.subject)
        guard let comparisonIndex = (i + 1..<slots.count).first(where: { j in
            let before = slots[j].lowerBefore
            return values[j] != nil && subjectKey(slots[j].subject) == key && (before.includes("from") || before.includes("compared"))
        }), let comparison = values[comparisonIndex] else {
            checkGrowthAgainstPeriod(i, sign: sign, slots: slots, into: &recorder)
            return
        }
        // The current figure: the subject's value this period, from the tables or the sentence.
        // Each end carries the rounding of its printed form (none for a table figure).
        let current: End
        let base: End
        if let fact = comparison.fact, let match = slot.subject,
           let (unit, instant) = context.unitAndKind(match),
           let now = context.index.fact(match.concept, ProsePeriod.current.resolve(fiscal: context.model.document.fiscalPeriod, instant: instant),
                                        member: match.member, unit: unit), !slot.qualified {
            current = End(value: now.value, precision: 0, ref: FigureRef(now))
            base = End(value: fact.value, precision: 0, ref: FigureRef(fact))
        } else {
            // Sentence arithmetic: "from A to B", or the first amount of the sentence against "from A".
            let to = (comparisonIndex + 1..<slots.count).first { values[$0] != nil && slots[$0].lowerBefore.hasSuffix(" to ") }
            let nowIndex = to ?? values.keys.filter { $0 < i && subjectKey(slots[$0].subject) == key }.min()
            guard let nowIndex, let now = values[nowIndex] else {
                recorder.skip("prose", subject, reason: "unverifiable: the tables do not have both figures and the sentence states only one")
                return
            }
            current = End(printed: now.signedPrinted, slots[nowIndex].figure)
            base = End(printed: comparison.signedPrinted, slots[comparisonIndex].figure)
        }
        guard base.value != 0 else {
            recorder.skip("prose", subject, reason: "unverifiable: a rate from zero has no meaning")
            return
        }
        let bothLosses = current.value < 0 && base.value < 0
        guard bothLosses || (current.value >= 0) == (base.value >= 0) else {
            recorder.skip("prose", subject, reason: "unverifiable: the figure changes sign, so a growth rate has no meaning")
            return
        }
        // Losses are compared by size: a loss that "decreased" got smaller.
        let from = bothLosses ? -base.value : base.value
        let to = bothLosses ? -current.value : current.value
        let growth = (to - from) / from
        let low = (to - current.precision - (from + base.precision)) / (from + base.precision)
        let high = (to + current.precision - (from - base.precision)) / (from - base.precision)
        let places = MarginCheck.decimals(of: slot.figure.text) + 2
        let half = NumberPower.tenth(places) / 2
        if claimed + half >= min(low, high) && claimed - half <= max(low, high) {
            recorder.pass("prose", subject)
        } else {
            recorder.fail("prose", subject, [Finding(severity: .error, check: "prose",
                message: "the text says \(sign < 0 ? "a decrease" : "an increase") of \(slot.figure.text), but \(base.ref.text ?? Amount.grouped(base.value)) to \(current.ref.text ?? Amount.grouped(current.value)) is \(Amount.grouped(Amount.rounded(growth * 100, places: places - 2)))%",
                location: slot.figure.source,
                figures: [FigureRef(label: "growth", period: nil, value: claimed, text: slot.figure.text, source: slot.figure.source), base.ref, current.ref],
                expected: Amount.rounded(growth, places: places), found: claimed)])
        }
    }

    /// "up 16.5% year over year" with no amount to compare: the tables give both ends.
    func checkGrowthAgainstPeriod(_ i: Int, sign: Int, slots: [Slot], into recorder: inout Recorder) {
        let slot = slots[i]
        let subject = describe(slot) + " (growth)"
        let fiscal = context.model.document.fiscalPeriod
        guard let phrase = ProsePeriod.first(in: slot.after) ?? ProsePeriod.first(in: slot.before) else {
            recorder.skip("prose", subject, reason: "unverifiable: the sentence states no figure or period the rate is measured from")
            return
        }
        guard let match = slot.subject, !slot.qualified, let (unit, instant) = context.unitAndKind(match), unit != .pure,
              let now = context.index.fact(match.concept, ProsePeriod.current.resolve(fiscal: fiscal, instant: instant), member: match.member, unit: unit),
              let then = context.index.fact(match.concept, phrase.resolve(fiscal: fiscal, instant: instant), member: match.member, unit: unit),
              then.value != 0, (now.value >= 0) == (then.value >= 0) else {
            recorder.skip("prose", subject, reason: "unverifiable: the tables do not have the subject for both periods, or it changes sign")
            return
        }
        let bothLosses = now.value < 0
        let from = bothLosses ? -then.value : then.value
        let to = bothLosses ? -now.value : now.value
        let growth = (to - from) / from
        let claimed = slot.figure.value * Decimal(sign)
        let places = MarginCheck.decimals(of: slot.figure.text) + 2
        if Amount.rounded(growth, places: places) == claimed {
            recorder.pass("prose", subject)
        } else {
            recorder.fail("prose", subject, [Finding(severity: .error, check: "prose",
                message: "the text says \(sign < 0 ? "a decrease" : "an increase") of \(slot.figure.text), but \(then.label) went from \(Amount.grouped(then.value)) to \(Amount.grouped(now.value)), \(Amount.grouped(Amount.rounded(growth * 100, places: places - 2)))%",
                location: slot.figure.source,
                figures: [FigureRef(label: "growth", period: nil, value: claimed, text: slot.figure.text, source: slot.figure.source), FigureRef(then), FigureRef(now)],
                expected: Amount.rounded(growth, places: places), found: claimed)])
        }
    }

    /// One end of a comparison: its value, the rounding it was printed with, and where it is.
    struct End {
        var value: Decimal
        var precision: Decimal
        var ref: FigureRef

        init(value: Decimal, precision: Decimal, ref: FigureRef) {
            self.value = value
            self.precision = precision
            self.ref = ref
        }

        init(printed value: Decimal, _ figure: ProseFigure) {
            self.init(value: value, precision: figure.precision,
                      ref: FigureRef(label: "prose", period: nil, value: value, text: figure.text, source: figure.source))
        }
    }

    /// "an increase of 18.4 percentage points": the difference of the two ratios the sentence states.
    func checkPoints(_ i: Int, slots: [Slot], values: [Int: Value], into recorder: inout Recorder) {
        let slot = slots[i]
        let subject = describe(slot) + " (percentage points)"
        let key = subjectKey(slot.subject)
        let ratios = values.keys.sorted().filter { slots[$0].figure.kind == .percent && subjectKey(slots[$0].subject) == key }
        let isComparison: (Int) -> Bool = { index in
            let before = slots[index].lowerBefore
            return before.includes("from") || before.includes("compared")
        }
        guard let comparisonIndex = ratios.first(where: isComparison), let currentIndex = ratios.first(where: { !isComparison($0) }),
              let comparison = values[comparisonIndex], let current = values[currentIndex] else {
            recorder.skip("prose", subject, reason: "unverifiable: the sentence does not state both ratios")
            return
        }
        let sign: Decimal = growthSign(slot.lowerBefore).map { Decimal($0) } ?? 1
        let claimed = slot.figure.value * sign
        let difference = current.signedPrinted - comparison.signedPrinted
        let slack = slots[currentIndex].figure.precision + slots[comparisonIndex].figure.precision + slot.figure.precision
        let gap = difference - claimed
        if (gap < 0 ? -gap : gap) <= slack {
            recorder.pass("prose", subject)
        } else {
            let places = MarginCheck.decimals(of: slot.figure.text)
            recorder.fail("prose", subject, [Finding(severity: .error, check: "prose",
                message: "the text says \(slot.figure.text), but \(slots[comparisonIndex].figure.text) to \(slots[currentIndex].figure.text) is \(Amount.grouped(Amount.rounded(difference * 100, places: places))) percentage points",
                location: slot.figure.source,
                figures: [FigureRef(label: "change", period: nil, value: claimed, text: slot.figure.text, source: slot.figure.source)],
                expected: difference, found: claimed)])
        }
    }
}
