import Foundation
import KCSVG
import KCView
import Testing

/// Every template against a view where every optional is present and every kind of
/// highlight occurs: nothing renders as "false", every optional value is shown.
@Suite struct FullyPopulatedViewTests {
    static func view() throws -> OnePagerView {
        let pager = try TestSupport.pager(try TestSupport.example())
        var view = OnePagerCharts.inlined(pager)
        view.header.localName = "LOCALNAME"
        view.header.localNameLanguage = "zh"
        view.header.released = "RELEASED"
        view.kpis[0].note = "KPINOTE"
        view.quote = QuoteView(text: "QUOTETEXT", speaker: "SPEAKER", title: "SPEAKERTITLE")
        view.footnotes.sourceTitle = "SOURCETITLE"
        view.footnotes.nonGAAP = NonGAAPNote(measures: "MEASURES", adjustments: "ADJUSTMENTS")
        view.footnotes.convenienceRate = RateNote(rate: "RATE", date: "RATEDATE", usedForDisplay: true, currency: "CUR")
        view.footnotes.rounding = true
        view.footnotes.checks = ChecksNote(notRun: false, passed: false, failed: true, count: "9", countPhrase: "9 checks", errors: "ERRORS", warnings: "WARNINGS")
        view.highlights = [
            Highlight(growth: GrowthHighlight(subject: "GROWUP", amount: "A1", change: "C1", previous: "P1", up: true, down: false, basis: "year over year")),
            Highlight(growth: GrowthHighlight(subject: "GROWDOWN", amount: "A2", change: "C2", previous: "P2", up: false, down: true, basis: "year over year")),
            Highlight(growth: GrowthHighlight(subject: "GROWFLAT", amount: "A3", change: "0.0%", previous: "P3", up: false, down: false, basis: "year over year")),
            Highlight(margin: MarginHighlight(subject: "MARGINUP", margin: "M1", previous: "MP1", points: "1.0", up: true, down: false, basis: "year over year")),
            Highlight(margin: MarginHighlight(subject: "MARGINDOWN", margin: "M2", previous: "MP2", points: "2.0", up: false, down: true, basis: "year over year")),
            Highlight(turn: TurnHighlight(subject: "TURNPOS", amount: "T1", previous: "TP1", positive: true, negative: false, basis: "year over year")),
            Highlight(turn: TurnHighlight(subject: "TURNNEG", amount: "T2", previous: "TP2", positive: false, negative: true, basis: "year over year")),
            Highlight(charge: ChargeHighlight(subject: "CHARGE", amount: "L1", charge: "CHARGENAME", chargeAmount: "CA1", adjustedSubject: "ADJSUBJECT", adjustedAmount: "ADJAMOUNT")),
        ]
        return view
    }

    static let shown = ["LOCALNAME", "RELEASED", "KPINOTE", "QUOTETEXT", "SPEAKER", "SPEAKERTITLE", "SOURCETITLE", "MEASURES", "ADJUSTMENTS",
                        "RATE", "RATEDATE", "Totals may not add due to rounding", "ERRORS", "WARNINGS",
                        "GROWUP grew C1 year over year to A1, from P1.", "GROWDOWN fell C2 year over year to A2, from P2.",
                        "GROWFLAT held steady year over year at A3.", "MARGINUP rose 1.0 pp year over year to M1, from MP1.",
                        "MARGINDOWN fell 2.0 pp year over year to M2, from MP2.",
                        "TURNPOS turned positive at T1, from negative TP1 a year earlier.",
                        "TURNNEG turned negative at negative T2, from TP2 a year earlier.",
                        "CHARGE of L1 included CHARGENAME of CA1; ADJSUBJECT, which excludes it, was ADJAMOUNT."]

    @Test func markdownShowsEverything() throws {
        let markdown = try TestSupport.renderer().markdown(try Self.view())
        for text in Self.shown { #expect(markdown.contains(text), "Markdown lacks \(text)") }
        #expect(!markdown.contains("false"))
    }

    @Test func htmlShowsEverything() throws {
        let html = try TestSupport.renderer().html(try Self.view())
        for text in Self.shown { #expect(html.contains(text), "HTML lacks \(text)") }
        #expect(!html.contains("false"))
        #expect(html.contains("<span class=\"local-name\" lang=\"zh\">LOCALNAME</span>"))
    }

    @Test func allTemplatesPassTheStrictCheck() throws {
        try TestSupport.renderer().check()
    }
}
