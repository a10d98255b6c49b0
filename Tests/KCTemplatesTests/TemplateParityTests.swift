import Foundation
@testable import KCTemplates
import KCSVG
import KCView
import Testing

/// Every template of the project, rendered by our engine and by swift-mustache over the
/// views the tests know, must come out byte for byte the same.
@Suite struct TemplateParityTests {
    /// The project's templates as text, by name.
    static func projectTemplates() throws -> [String: String] {
        var texts: [String: String] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: TestSupport.templates) where path.hasSuffix(".mustache") {
            texts[String(path.dropLast(".mustache".count))] = try String(contentsOfFile: TestSupport.templates + "/" + path, encoding: .utf8)
        }
        return texts
    }

    /// The views: the example (plain, and with its charts inlined), hostile text, every optional set, Northwind.
    static func views() throws -> [(name: String, view: OnePagerView)] {
        let example = try TestSupport.pager(try TestSupport.example())
        let hostile = try EscapingTests.hostileView()
        let northwind = try TestSupport.pager(try TestSupport.load(TestSupport.northwind))
        return [("example", example.view), ("example inlined", OnePagerCharts.inlined(example)),
                ("hostile", OnePagerCharts.inlined(hostile)), ("fully populated", try FullyPopulatedViewTests.view()),
                ("northwind", OnePagerCharts.inlined(northwind))]
    }

    @Test func projectTemplatesRenderAsSwiftMustacheRenderedThem() throws {
        let texts = try Self.projectTemplates()
        #expect(Set(texts.keys).isSuperset(of: ["onepager.md", "onepager.html", "highlight.txt", "email.txt", "email.html"]))
        let library = try TemplateLibrary(directory: TestSupport.templates)
        let renderer = OnePagerRenderer(library: library)
        var compared = 0
        func expectSame(_ name: String, _ data: TemplateValue, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let ours = try library.render(data, template: name)
            let theirs = try SwiftMustacheReference.render(texts, name, data)
            #expect(ours == theirs, "\(name) for \(label) differs from swift-mustache", sourceLocation: sourceLocation)
            compared += 1
        }
        for (label, view) in try Self.views() {
            let written = try renderer.writingHighlights(view)
            try expectSame(OnePagerRenderer.markdownTemplate, try TemplateData.make(written, escape: MarkdownEscaping.escape), label)
            try expectSame(OnePagerRenderer.htmlTemplate, try TemplateData.make(written, escape: { $0 }), label)
            for highlight in view.highlights {
                try expectSame(OnePagerRenderer.highlightTemplate, try TemplateData.make(highlight, escape: { $0 }), label)
            }
            for pageImage in ["cid:page@kcreport", nil] {
                let email = try TemplateData.make(EmailView(view: written, report: "r", pageImage: pageImage, attachment: "onepager.pdf"), escape: { $0 })
                try expectSame(EmailRenderer.textTemplate, email, label)
                try expectSame(EmailRenderer.htmlTemplate, email, label)
            }
        }
        #expect(compared > 40)
    }

    @Test func theDefaultSubjectRendersAsSwiftMustacheRenderedIt() throws {
        let templates = ["subject.txt": EmailRenderer.pragma + EmailRenderer.defaultSubject]
        for (label, view) in try Self.views() {
            let data = try TemplateData.make(EmailView(view: view, report: "r", pageImage: nil, attachment: "a.pdf"), escape: { $0 })
            #expect(try OwnEngine.render(templates, "subject.txt", data) == SwiftMustacheReference.render(templates, "subject.txt", data), "\(label)")
        }
    }
}
