import Foundation
import KCSVG
import KCView
import Testing

/// Labels and names with `&`, `<script>` and Markdown characters come out as text in every output.
@Suite struct EscapingTests {
    static func hostileView() throws -> OnePager {
        var pager = try TestSupport.pager(try TestSupport.example())
        pager.view.header.company = "A&B <script>alert(1)</script> Holdings"
        pager.view.header.localName = "<i>名</i>"
        pager.view.incomeStatement.rows[0].label = "R&D | *costs*"
        pager.view.kpis[0].label = "R&D <script>"
        pager.view.charts[0].title = "Mix & <b>match</b>"
        pager.charts[0].series[0].name = "R&D <script>"
        return pager
    }

    @Test func htmlEscapesEveryValue() throws {
        let pager = try Self.hostileView()
        let html = try TestSupport.renderer().html(OnePagerCharts.inlined(pager))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<i>名"))
        #expect(!html.contains("<b>match"))
        #expect(html.contains("<h1>A&amp;B &lt;script&gt;alert(1)&lt;/script&gt; Holdings"))
        #expect(html.contains("<th scope=\"row\">R&amp;D | *costs*</th>"))
        #expect(html.contains("<p class=\"kpi-label\">R&amp;D &lt;script&gt;</p>"))
        #expect(html.contains("<figcaption>Mix &amp; &lt;b&gt;match&lt;/b&gt;</figcaption>"))
        #expect(html.contains(">R&amp;D &lt;script&gt;</text>"))
        #expect(html.contains("<title>A&amp;B &lt;script&gt;alert(1)&lt;/script&gt; Holdings · Q3 2024 Earnings Summary</title>"))
    }

    @Test func markdownEscapesMarkupButKeepsAmpersands() throws {
        let markdown = try TestSupport.renderer().markdown(try Self.hostileView().view)
        #expect(markdown.hasPrefix("# A&B \\<script\\>alert(1)\\</script\\> Holdings · \\<i\\>名\\</i\\>\n"))
        #expect(markdown.contains("&nbsp;&nbsp;&nbsp;R&D \\| \\*costs\\* |"))
        #expect(markdown.contains("| R&D \\<script\\> |"))
        #expect(markdown.contains("## Mix & \\<b\\>match\\</b\\>"))
    }

    @Test func markdownEscapingOfEntities() throws {
        var pager = try TestSupport.pager(try TestSupport.example())
        pager.view.header.company = "AT&T &amp; Co"
        let markdown = try TestSupport.renderer().markdown(pager.view)
        #expect(markdown.hasPrefix("# AT&T \\&amp; Co\n"))
    }
}
