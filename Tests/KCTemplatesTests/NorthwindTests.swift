import Foundation
import Testing

/// Another company's release renders through the same templates without changes.
@Suite struct NorthwindTests {
    @Test func rendersWithoutTemplateChanges() throws {
        let output = try TestSupport.render(try TestSupport.load(TestSupport.northwind))
        #expect(output.markdown.hasPrefix("# Northwind Data Holdings Inc.\n"))
        #expect(output.markdown.contains("| US$ in millions | Q2 2025 | Q2 2024 | YoY |\n|:--|--:|--:|--:|\n"))
        #expect(output.markdown.contains("- Total revenues grew 16.9% year over year to US$373.6 million, from US$319.6 million."))
        #expect(output.markdown.contains("> — Jane Doe, Chief Executive Officer"))
        #expect(output.html.contains("<p class=\"report-title\">Q2 2025 Earnings Summary</p>"))
        #expect(!output.html.contains("Kingsoft"))
        #expect(!output.html.contains("RMB"))
    }
}
