import Foundation
import KCView

/// Renders a one-pager view through the template library: `onepager.md` to Markdown,
/// `onepager.html` to HTML, each highlight through `highlight.txt`. Every template is
/// checked against the view's shape first; nothing renders quietly empty.
public struct OnePagerRenderer: Sendable {
    public static let markdownTemplate = "onepager.md"
    public static let htmlTemplate = "onepager.html"
    public static let highlightTemplate = "highlight.txt"

    public let library: TemplateLibrary
    /// True once `check()` has passed for this library: renders then skip the checks,
    /// which cost more than the rendering in a batch of many reports.
    private let isChecked: Bool
    /// Sentences written so far: Markdown, HTML and PDF of one view each write its highlights.
    private let sentences = HighlightSentences()

    public init(library: TemplateLibrary) {
        self.library = library
        self.isChecked = false
    }

    private init(library: TemplateLibrary, isChecked: Bool) {
        self.library = library
        self.isChecked = isChecked
    }

    /// A renderer whose templates have all been checked against the view.
    public static func checked(library: TemplateLibrary) throws -> OnePagerRenderer {
        let renderer = OnePagerRenderer(library: library)
        try renderer.check()
        return OnePagerRenderer(library: library, isChecked: true)
    }

    /// Checks every template the one-pager uses against the view, without rendering.
    public func check() throws {
        let checker = TemplateChecker(library: library)
        try checker.check(OnePagerRenderer.highlightTemplate, root: ViewSchema.of(Highlight.self))
        try checker.check(OnePagerRenderer.markdownTemplate, root: ViewSchema.of(OnePagerView.self))
        try checker.check(OnePagerRenderer.htmlTemplate, root: ViewSchema.of(OnePagerView.self))
    }

    /// The view with each highlight's sentence written by the highlight template.
    public func writingHighlights(_ view: OnePagerView) throws -> OnePagerView {
        if !isChecked { try TemplateChecker(library: library).check(OnePagerRenderer.highlightTemplate, root: ViewSchema.of(Highlight.self)) }
        var view = view
        for index in view.highlights.indices {
            view.highlights[index].text = try sentences.sentence(for: view.highlights[index], write: sentence)
        }
        return view
    }

    /// The highlight template's text for `highlight`, on one line: its lines trimmed and joined.
    private func sentence(_ highlight: Highlight) throws -> String {
        let text = try render(highlight, template: OnePagerRenderer.highlightTemplate, escape: { $0 })
        return text.split(whereSeparator: \.isNewline).map(Trimming.whitespaces).filter { !$0.isEmpty }.joined(separator: " ")
    }

    public func markdown(_ view: OnePagerView) throws -> String {
        let view = try writingHighlights(view)
        if !isChecked { try TemplateChecker(library: library).check(OnePagerRenderer.markdownTemplate, root: ViewSchema.of(OnePagerView.self)) }
        return try render(view, template: OnePagerRenderer.markdownTemplate, escape: MarkdownEscaping.escape)
    }

    public func html(_ view: OnePagerView) throws -> String {
        let view = try writingHighlights(view)
        if !isChecked { try TemplateChecker(library: library).check(OnePagerRenderer.htmlTemplate, root: ViewSchema.of(OnePagerView.self)) }
        return try render(view, template: OnePagerRenderer.htmlTemplate, escape: { $0 })
    }

    func render<T: Codable>(_ value: T, template name: String, escape: @escaping (String) -> String) throws -> String {
        try library.render(try TemplateData.make(value, escape: escape), template: name)
    }
}
