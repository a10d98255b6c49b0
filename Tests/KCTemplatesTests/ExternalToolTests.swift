import Foundation
import KCSVG
import Testing

/// The Markdown renders as intended in a GFM renderer (pandoc) and the HTML passes tidy.
/// Skipped, saying why, only when the tool is not installed (scripts/setup.sh installs both).
@Suite struct ExternalToolTests {
    @Test(.enabled(if: TestSupport.tool("pandoc") != nil, "pandoc is not installed (Debian: apt-get install pandoc; scripts/setup.sh does it)"))
    func markdownRendersInPandocGFM() throws {
        let markdown = try TestSupport.render(try TestSupport.example()).markdown
        let result = try TestSupport.run(try #require(TestSupport.tool("pandoc")), ["-f", "gfm", "-t", "html", "--wrap=none"], input: markdown)
        #expect(result.status == 0)
        #expect(result.err == "")
        let html = result.out
        #expect(html.contains("<h1 id=\"kingsoft-cloud-holdings-limited\">Kingsoft Cloud Holdings Limited</h1>"))
        #expect(html.contains("<th style=\"text-align: right;\">Q3 2024</th>"))
        #expect(html.contains("<td style=\"text-align: right;\">(1,061.1)</td>"))
        #expect(html.contains("<td style=\"text-align: left;\"><strong>Net loss</strong></td>"))
        #expect(html.contains("<img src=\"charts/revenue-mix.svg\""))
        #expect(html.contains("<section class=\"footnotes footnotes-end-of-document\""))
        #expect(html.contains("Totals may not add due to rounding."))
        #expect(!html.contains("[^"))
        #expect(!html.contains("{{"))
        #expect(html.components(separatedBy: "<table>").count == 3)
    }

    @Test(.enabled(if: TestSupport.tool("pandoc") != nil, "pandoc is not installed (Debian: apt-get install pandoc; scripts/setup.sh does it)"))
    func hostileMarkdownStaysText() throws {
        let markdown = try TestSupport.renderer().markdown(try EscapingTests.hostileView().view)
        let html = try TestSupport.run(try #require(TestSupport.tool("pandoc")), ["-f", "gfm", "-t", "html", "--wrap=none"], input: markdown).out
        #expect(!html.contains("<script"))
        #expect(html.contains("A&amp;B &lt;script&gt;alert(1)&lt;/script&gt; Holdings"))
        #expect(html.contains("R&amp;D | *costs*"))
    }

    @Test(.enabled(if: TestSupport.tool("tidy") != nil, "tidy is not installed (Debian: apt-get install tidy; scripts/setup.sh does it)"))
    func htmlPassesTidy() throws {
        for model in [try TestSupport.example(), try TestSupport.load(TestSupport.northwind)] {
            let html = try TestSupport.render(model).html
            let result = try TestSupport.run(try #require(TestSupport.tool("tidy")), ["-e", "-q"], input: html)
            #expect(result.err == "", "tidy: \(result.err)")
            #expect(result.status == 0)
        }
    }

    @Test func htmlIsSelfContained() throws {
        let html = try TestSupport.render(try TestSupport.example()).html
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("http://") || html.components(separatedBy: "http://").count == html.components(separatedBy: "http://www.w3.org/2000/svg").count)
        #expect(!html.contains("https://"))
        #expect(!html.contains("@import"))
        #expect(!html.contains("url("))
        #expect(html.contains("@media (prefers-color-scheme: dark)"))
        #expect(html.contains("@media print"))
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.components(separatedBy: "<svg ").count == 3)
        #expect(html.contains("<caption>"))
        #expect(html.contains("<th scope=\"col\""))
        #expect(html.contains("<th scope=\"row\">"))
    }
}
