import Foundation
@testable import KCTemplates
import KCView
import Testing

/// Bad templates refused when they are compiled, each with its place and message word
/// for word; and what compiling keeps of a good one.
@Suite struct TemplateParserTests {
    static func failure(_ text: String) -> String {
        do {
            _ = try TemplateParser.compile(text, file: "t.mustache")
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test(arguments: [
        ("{{a", "t.mustache:1:1: unfinished tag"),
        ("a\n  {{! never closed", "t.mustache:2:3: unfinished tag"),
        ("a\n  {{#x}}\n", "t.mustache:3:1: section is never closed"),
        ("{{#a}}{{#b}}{{/b}}", "t.mustache:1:19: section is never closed"),
        ("{{#a}}{{/b}}", "t.mustache:1:10: section closed with a different name than it was opened with"),
        ("名\n名名{{/ b}}", "t.mustache:2:3: 'b' closes a section that is not open"),
        ("x{{/a}}", "t.mustache:1:2: 'a' closes a section that is not open"),
        ("{{}}", "t.mustache:1:1: empty tag"),
        ("{{a b}}", "t.mustache:1:1: bad tag name 'a b'"),
        ("{{#}}{{/}}", "t.mustache:1:1: bad tag name ''"),
        ("a {{> a b}}", "t.mustache:1:3: bad tag name 'a b'"),
        ("{{>}}", "t.mustache:1:1: bad tag name ''"),
        ("{{=<% %>=}}", "t.mustache:1:1: custom delimiters are not supported"),
        ("{{<parent}}{{/parent}}", "t.mustache:1:1: template inheritance is not supported; use partials"),
        ("{{$block}}{{/block}}", "t.mustache:1:1: template inheritance is not supported; use partials"),
        ("{{>*dynamic}}", "t.mustache:1:1: dynamic partials are not supported"),
        ("{{#upper(a)}}{{/upper(a)}}", "t.mustache:1:1: transforms such as 'upper(a)' are not allowed; the view formats every value"),
        ("{{%}}", "t.mustache:1:1: bad pragma; expected {{% CONTENT_TYPE: TEXT }}"),
        ("{{% CONTENT_TYPE TEXT }}", "t.mustache:1:1: bad pragma; expected {{% CONTENT_TYPE: TEXT }}"),
        ("{{% CONTENT TYPE: TEXT }}", "t.mustache:1:1: bad pragma; expected {{% CONTENT_TYPE: TEXT }}"),
        ("{{% CONTENT_TYPE: }}", "t.mustache:1:1: bad pragma; expected {{% CONTENT_TYPE: TEXT }}"),
        ("\n {{% FOO: BAR }}", "t.mustache:2:2: unknown pragma; only CONTENT_TYPE is known"),
        ("{{% CONTENT_TYPE: XML }}", "t.mustache:1:1: unknown pragma; only CONTENT_TYPE is known"),
    ])
    func refuses(_ text: String, _ message: String) {
        #expect(Self.failure(text) == message)
    }

    @Test func acceptsWhatTheTemplatesWrite() {
        #expect(Self.failure("{{% CONTENT_TYPE: TEXT }}\n{{%CONTENT_TYPE:HTML}}{{! note }}{{#a}}{{^b}}{{c.d}}{{{svg}}}{{& e}}{{> p/q.md}}{{/b}}{{/a}}{{.}}") == "no error")
    }

    @Test func nodesKeepWhereTheirTagsAre() throws {
        let template = try TemplateParser.compile("{{% CONTENT_TYPE: TEXT }}\n“é” {{#a}}\n  {{> p}}\n{{/a}}{{b}}", file: "t")
        #expect(template.pragmas.map(\.position) == [TagPosition(line: 1, column: 1)])
        #expect(template.nodes.count == 3)
        guard case .section(let section) = template.nodes[1], case .partial(let partial) = section.body.last,
              case .variable(let variable) = template.nodes[2] else {
            Issue.record("unexpected nodes \(template.nodes)")
            return
        }
        #expect(section.position == TagPosition(line: 2, column: 5))
        #expect(partial.position == TagPosition(line: 3, column: 3))
        #expect(partial.indentation == "  ")
        #expect(variable.position == TagPosition(line: 4, column: 7))
        #expect(!variable.escapesHTML)
    }

    /// Every file of the folder is compiled on loading, even one no template uses.
    @Test func anUnusedTemplateIsCompiledToo() throws {
        let folder = try TestSupport.templatesFolder(replacing: ["partials/unused.md.mustache": "{{% CONTENT_TYPE: TEXT }}\n{{=<% %>=}}\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: TemplateError(file: folder + "/partials/unused.md.mustache", line: 2, column: 1, reason: "custom delimiters are not supported")) {
            try TemplateLibrary(directory: folder)
        }
    }

    /// A subject's errors point into the subject as written, without the pragma put before it.
    @Test func aSubjectErrorPointsIntoTheSubject() throws {
        let library = try TemplateLibrary(directory: TestSupport.templates)
        #expect(throws: TemplateError(file: "kcreport.yaml: email.subject", line: 1, column: 3, reason: "unfinished tag")) {
            try EmailRenderer(library: library, subject: "Q {{header.company", subjectSource: "kcreport.yaml: email.subject")
        }
        #expect(throws: TemplateError(file: "kcreport.yaml: email.subject", line: 1, column: 1, reason: "unknown key 'header.compny'")) {
            try EmailRenderer(library: library, subject: "{{header.compny}}", subjectSource: "kcreport.yaml: email.subject")
        }
    }
}
