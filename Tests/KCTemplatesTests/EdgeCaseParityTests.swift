import Foundation
@testable import KCTemplates
import KCTestSupport
import Testing

/// Small templates over small hand-built data, each rendered by our engine and by
/// swift-mustache: standalone lines, indentation, sections, names, escaping.
@Suite struct EdgeCaseParityTests {
    static let data = TemplateValue.object([
        "a": .text("x<&>"),
        "on": .flag(true),
        "off": .flag(false),
        "text": .text("t"),
        "empty": .list([]),
        "names": .list([.text("n1"), .text("<n2>")]),
        "list": .list([.object(["a": .text("i1"), "b": .text("b1")]), .object(["a": .text("i2")])]),
        "obj": .object(["a": .text("o"), "b": .object(["c": .text("deep")]), "on": .flag(false)]),
        "top": .text("T"),
        "c": .object(["d": .text("outer c.d")]),
        "v": .text("& < > \" ' é 名 \u{A0} done"),
        "lines": .text("l1\nl2\n"),
        "blank": .text(""),
    ])

    static let partials = [
        "p": "p1\np2\n",
        "open": "o1\no2",
        "nested": "n1\n  {{> p}}\nn2\n",
        "flagged": "{{#on}}\nf1\nf2\n{{/on}}\n",
        "first": "{{missing}}{{blank}}x\ny\n",
        "value": "{{lines}}after\n",
        "escaping": "{{v}}",
        "tabbed": "\t{{> p}}\n",
    ]

    static let templates: [String] = [
        // Standalone lines, "\n" and "\r\n".
        "a\n{{#on}}\nin\n{{/on}}\nb\n",
        "a\r\n{{#on}}\r\nin\r\n{{/on}}\r\nb\r\n",
        "  {{#on}}  \r\n  x\r\n  {{/on}}\r\n",
        "\t{{^off}}\t\nno\n\t{{/off}}\t\n",
        "x\n  {{! comment }}\ny\n",
        "x\r\n  {{! comment }}\r\ny\r\n",
        "{{% CONTENT_TYPE: TEXT }}\r\n{{a}}\n",
        "  {{% CONTENT_TYPE: TEXT }}\n{{a}}\n",
        "{{#on}}\rX{{/on}}\n",
        "{{#on}}\u{2028}X{{/on}}\u{0B}Y\n",
        "x {{#on}}y{{/on}} z\n",
        "{{#on}}{{#on}}\nx\n{{/on}}{{/on}}\n",
        "{{#on}}\nx\n{{/on}} after\n{{#on}}\ny\n{{/on}}\n",
        "x{{#on}}\n{{/on}}\n{{#on}}\nz\n{{/on}}\n",
        "{{#on}}\nX\n{{/on}}{{#on}}\nY\n{{/on}}\n",
        "{{#on}}\nx\n{{/on}}  ",
        "{{#on}}\nx\n{{/on}}",
        "a\n  ",
        "  {{! c }} x\n",
        "  {{!c}}{{!d}}\n",
        "  {{!c}}{{a}}\n",
        "  \u{301}{{#on}}\nx\n{{/on}}\n",
        " {{#on}}\n {{a}}\n {{/on}}\n",
        "{{#list}}\n- {{a}}\n{{/list}}\n",
        "{{#empty}}\nnever\n{{/empty}}\nafter\n",
        "a{{! multi\nline }}b\n",
        // Indented partials.
        "a\n  {{> p}}\nb\n",
        "a\r\n  {{> p}}\r\nb\r\n",
        "  {{> open}}\nz\n",
        "  {{> nested}}\n",
        "x {{> p}} y\n",
        "{{#on}}\n  {{> p}}\n{{/on}}\n",
        "  {{> flagged}}\n",
        "  {{> first}}\n",
        "  {{> value}}\n",
        "{{> tabbed}}",
        "  {{>p}}",
        "{{#list}}\n  {{> p}}\n{{/list}}\n",
        // Sections, inverted sections, names.
        "{{#obj}}{{#list}}{{a}}-{{top}}-{{b}};{{/list}}{{/obj}}",
        "{{^off}}F{{/off}}{{^empty}}E{{/empty}}{{^missing}}M{{/missing}}{{^on}}T{{/on}}{{^list}}L{{/list}}{{^text}}S{{/text}}{{^obj}}O{{/obj}}",
        "{{^empty}}{{.}}{{/empty}}",
        "{{#obj}}{{#b}}{{c.d}}|{{a}}|{{.a}}|{{obj.b.c}}|{{b.c}}|{{.c}}{{/b}}{{/obj}}",
        "{{#obj}}{{#b}}{{c}}{{/b}}{{/obj}}",
        "{{obj.b.c}} {{obj.missing.c}} {{missing}} {{obj.a.b}}",
        "{{#names}}<{{.}}>{{/names}}",
        "{{% CONTENT_TYPE: TEXT }}{{#names}}<{{.}}>{{/names}}",
        "{{#text}}[{{.}}]{{/text}}{{#obj}}{{a}}{{/obj}}{{#obj.b}}{{c}}{{/obj.b}}",
        "{{#obj}}{{#on}}inner on is false, so never{{/on}}{{^on}}climbs no further{{/on}}{{/obj}}",
        "{{#list}}{{#b}}has b{{/b}}{{^b}}no b{{/b}};{{/list}}",
        "{{on}} {{off}} {{#on}}{{#names}}{{.}}{{/names}}{{/on}}",
        "{{ a }}{{{ a }}}{{& a }}{{# on }}x{{/ on }}",
        // Escaping and the content type pragma.
        "{{v}}|{{{v}}}|{{&v}}",
        "{{% CONTENT_TYPE: TEXT }}{{v}}|{{{v}}}",
        "{{v}}{{%CONTENT_TYPE:TEXT}}{{v}}",
        "{{#on}}{{%CONTENT_TYPE:TEXT}}{{v}}{{/on}}{{v}}",
        "{{%CONTENT_TYPE:TEXT}}{{v}}{{%CONTENT_TYPE:HTML}}{{v}}",
        "{{%CONTENT_TYPE:TEXT}}{{v}}{{> escaping}}",
        "{{#list}}{{%CONTENT_TYPE:TEXT}}{{a}}{{/list}}{{a}}",
        // Ends, braces, Unicode, nothing.
        "abc",
        "{{a}}",
        "{{a}}\n",
        "\n{{a}}",
        "{{#on}}x{{/on}}",
        "{{! c }}",
        "a\n{{#on}}b{{/on}}",
        "a { b } {{a}} }} c {{{a}}}}",
        "{ {{a}} }\n",
        "é{{a}}名\n  {{#on}}\n“x”\n{{/on}}\n",
        "🇺🇸 {{a}} \u{0600}x\n",
        "",
        "\n",
        "\r\n\r\n",
    ]

    @Test(arguments: Self.templates)
    func rendersAsSwiftMustache(_ template: String) throws {
        var texts = Self.partials
        texts["t"] = template
        #expect(try OwnEngine.render(texts, "t", Self.data) == SwiftMustacheReference.render(texts, "t", Self.data))
    }

    /// Random templates made of text, line ends, blanks, tags and sections: wherever
    /// swift-mustache accepts one, ours renders it the same.
    @Test func randomTemplatesRenderAsSwiftMustache() throws {
        var random = SeededGenerator(seed: 0x6B63_7265_706F_7274)
        var compared = 0
        for _ in 0..<3_000 {
            var texts = ["p": "p1\n{{#on}}\n  p2 {{a}}\n{{/on}}\n"]
            let template = RandomTemplate.make(&random, depth: 0)
            texts["t"] = template
            guard let theirs = try? SwiftMustacheReference.render(texts, "t", Self.data) else { continue }
            let ours = try OwnEngine.render(texts, "t", Self.data)
            #expect(ours == theirs, "\(template.debugDescription): ours \(ours.debugDescription), swift-mustache's \(theirs.debugDescription)")
            compared += 1
        }
        #expect(compared > 2_000)
    }

    // MARK: Where swift-mustache is wrong

    /// swift-mustache escapes whole characters, so `"` or `<` joined with a combining mark
    /// (or after a prepended mark) went out unescaped: an attribute could be closed, a tag opened.
    @Test func everySpecialByteIsEscaped() throws {
        let data = TemplateValue.object(["v": .text("\"\u{301} onmouseover=x \u{0600}<script>")])
        let texts = ["t": "<p title=\"{{v}}\">"]
        #expect(try OwnEngine.render(texts, "t", data) == "<p title=\"&quot;\u{301} onmouseover=x \u{0600}&lt;script&gt;\">")
        #expect(try SwiftMustacheReference.render(texts, "t", data) == "<p title=\"\"\u{301} onmouseover=x \u{0600}<script&gt;\">")
    }

    /// In an indented partial swift-mustache indents only the first item of a list (each
    /// item starts a fresh output of its own) and no line after one ended by "\r\n".
    @Test func everyLineOfAnIndentedPartialIsIndented() throws {
        let list = ["t": "  {{> items}}\n", "items": "{{#names}}\n- {{.}}\n{{/names}}\n"]
        #expect(try OwnEngine.render(list, "t", Self.data) == "  - n1\n  - &lt;n2&gt;\n")
        #expect(try SwiftMustacheReference.render(list, "t", Self.data) == "  - n1\n- &lt;n2&gt;\n")
        let crlf = ["t": "  {{> lines}}\r\n", "lines": "l1\r\nl2\r\n"]
        #expect(try OwnEngine.render(crlf, "t", Self.data) == "  l1\r\n  l2\r\n")
        #expect(try SwiftMustacheReference.render(crlf, "t", Self.data) == "  l1\r\nl2\r\n")
    }

    /// swift-mustache drops `{{` when a line end follows it, fails on a template ending in
    /// `{`, and renders nothing for a `{{` at the very end.
    @Test func bracesAtLineEndsAndTheEnd() throws {
        let split = ["t": "<{{\na}}>"]
        #expect(try OwnEngine.render(split, "t", Self.data) == "<x&lt;&amp;&gt;>")
        #expect(try SwiftMustacheReference.render(split, "t", Self.data) == "<\na}}>")
        #expect(try OwnEngine.render(["t": "a {"], "t", Self.data) == "a {")
        #expect(throws: SwiftMustacheReference.Refused.self) { try SwiftMustacheReference.render(["t": "a {"], "t", Self.data) }
        #expect(throws: TemplateError(file: "test", line: 1, column: 3, reason: "unfinished tag")) { try OwnEngine.render(["t": "a {{"], "t", Self.data) }
        #expect(try SwiftMustacheReference.render(["t": "a {{"], "t", Self.data) == "a ")
    }
}

/// Random templates for the parity test, sections balanced.
enum RandomTemplate {
    static let pieces = ["a", " ", "  ", "\t", "\n", "\n", "\r\n", "\r", "é", "\u{301}", "名", "} ", "{ ", "x",
                         "{{a}}", "{{{a}}}", "{{&a}}", "{{#names}}{{.}},{{/names}}", "{{on}}", "{{obj.b.c}}", "{{.a}}", "{{missing}}", "{{! c }}",
                         "{{%CONTENT_TYPE:TEXT}}", "{{> p}}", "{{top}}"]
    static let names = ["on", "off", "list", "empty", "text", "obj", "missing", "names", "obj.b"]

    static func make(_ random: inout SeededGenerator, depth: Int) -> String {
        var text = ""
        for _ in 0..<random.next(below: depth == 0 ? 14 : 6) {
            if depth < 3, random.next(below: 5) == 0 {
                let name = names[random.next(below: names.count)]
                let sigil = random.next(below: 3) == 0 ? "^" : "#"
                let blank = ["", "  ", "\n", "\r\n"]
                text += "{{\(sigil)\(name)}}" + blank[random.next(below: blank.count)] + make(&random, depth: depth + 1)
                    + blank[random.next(below: blank.count)] + "{{/\(name)}}"
            } else {
                text += pieces[random.next(below: pieces.count)]
            }
        }
        return text
    }
}
