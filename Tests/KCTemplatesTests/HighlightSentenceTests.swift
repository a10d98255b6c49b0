import Foundation
import KCTemplates
import KCView
import Testing

/// A renderer writes each highlight once and reuses the sentence for the other formats;
/// what it reuses is exactly what writing it again gives, and only for its own templates.
@Suite struct HighlightSentenceTests {
    static let growth = Highlight(growth: GrowthHighlight(subject: "Revenue", amount: "A", change: "C", previous: "P", up: true, down: false, basis: "year over year"))

    @Test func aWrittenSentenceIsReusedUnchanged() throws {
        var view = try TestSupport.pager(try TestSupport.example()).view
        view.highlights.append(Self.growth)
        let renderer = try TestSupport.renderer()
        let first = try renderer.writingHighlights(view)
        #expect(try renderer.writingHighlights(view) == first)
        #expect(try TestSupport.renderer().writingHighlights(view) == first)
        #expect(first.highlights.last?.text == "Revenue grew C year over year to A, from P.")
    }

    @Test func eachRendererWritesWithItsOwnTemplate() throws {
        let folder = try TestSupport.templatesFolder(replacing: ["highlight.txt.mustache": "{{% CONTENT_TYPE: TEXT }}\n{{#growth}}Up: {{subject}}{{/growth}}\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var view = try TestSupport.pager(try TestSupport.example()).view
        view.highlights = [Self.growth]
        #expect(try TestSupport.renderer().writingHighlights(view).highlights.first?.text == "Revenue grew C year over year to A, from P.")
        #expect(try TestSupport.renderer(folder).writingHighlights(view).highlights.first?.text == "Up: Revenue")
    }
}
