import Foundation
import KCTemplates
import KCView
import Testing

/// Each way a template can be wrong, with its message word for word. A Mustache engine is
/// usually quiet about missing templates, partials and keys; the library is not.
@Suite struct BadTemplateTests {
    /// Renders the example's Markdown and HTML with the project's templates, some replaced; returns the error's text.
    static func failure(_ files: [String: String?]) throws -> String {
        let folder = try TestSupport.templatesFolder(replacing: files)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            let renderer = try TestSupport.renderer(folder)
            let view = try TestSupport.pager(try TestSupport.example()).view
            _ = try renderer.markdown(view)
            _ = try renderer.html(view)
            return "no error"
        } catch let error as TemplateError {
            return error.description.replacingOccurrences(of: folder, with: "Templates")
        }
    }

    static let md = "{{% CONTENT_TYPE: TEXT }}\n"

    @Test func parseErrorsPointAtFileLineAndColumn() throws {
        #expect(try Self.failure(["onepager.md.mustache": Self.md + "# {{#header}}{{company}}\n\n{{/kpis}}\n"])
                == "Templates/onepager.md.mustache:4:4: section closed with a different name than it was opened with")
        #expect(try Self.failure(["onepager.md.mustache": Self.md + "{{#header}}\nno end\n"])
                == "Templates/onepager.md.mustache:4:1: section is never closed")
    }

    @Test func aMissingTemplate() throws {
        #expect(try Self.failure(["onepager.md.mustache": nil]) == "Templates/onepager.md.mustache: missing template")
    }

    @Test func anUnknownPartial() throws {
        #expect(try Self.failure(["onepager.md.mustache": Self.md + "{{#header}}\n  {{> partials/nothing.md}}\n{{/header}}\n"])
                == "Templates/onepager.md.mustache:3:3: unknown partial 'partials/nothing.md'")
    }

    @Test func aKeyTheViewDoesNotHave() throws {
        #expect(try Self.failure(["onepager.md.mustache": Self.md + "{{#kpis}}{{label}} {{vlaue}}{{/kpis}}\n"])
                == "Templates/onepager.md.mustache:2:20: unknown key 'vlaue'")
        #expect(try Self.failure(["partials/kpis.html.mustache": "{{#kpis}}{{#changes}}{{header.company}}{{nope}}{{/changes}}{{/kpis}}"])
                == "Templates/partials/kpis.html.mustache:1:40: unknown key 'nope'")
        #expect(try Self.failure(["onepager.md.mustache": Self.md + "{{header}}\n"])
                == "Templates/onepager.md.mustache:2:1: 'header' is a list or an object; open it as a section")
    }

    @Test func keysInsideNilOptionalsAndEmptyListsAreStillChecked() throws {
        // The example has no quote: a typo inside {{#quote}} must still fail.
        #expect(try Self.failure(["onepager.md.mustache": Self.md + "{{#quote}}{{speeker}}{{/quote}}\n"])
                == "Templates/onepager.md.mustache:2:11: unknown key 'speeker'")
    }

    @Test func escapingRules() throws {
        #expect(try Self.failure(["onepager.md.mustache": "# {{header.company}}\n"])
                == "Templates/onepager.md.mustache:1:1: a Markdown or text template must switch HTML escaping off with {{% CONTENT_TYPE: TEXT }}")
        #expect(try Self.failure(["partials/kpis.html.mustache": "{{#kpis}}{{{label}}}{{/kpis}}"])
                == "Templates/partials/kpis.html.mustache:1:10: 'label' is inserted unescaped; an HTML template may do that only for 'svg' markup")
        #expect(try Self.failure(["partials/kpis.html.mustache": "{{% CONTENT_TYPE: TEXT }}{{#kpis}}{{/kpis}}"])
                == "Templates/partials/kpis.html.mustache:1:1: an HTML template must keep HTML escaping on")
        #expect(try Self.failure(["onepager.md.mustache": Self.md + "{{> partials/kpis.html}}\n"])
                == "Templates/onepager.md.mustache:2:1: partial 'partials/kpis.html' is not a markdown template; its name must end in .md")
    }

    @Test func unsupportedMustache() throws {
        #expect(try Self.failure(["onepager.md.mustache": Self.md + "{{uppercased(header.company)}}\n"])
                == "Templates/onepager.md.mustache:2:1: transforms such as 'uppercased(header.company)' are not allowed; the view formats every value")
        #expect(try Self.failure(["onepager.md.mustache": Self.md + "{{=<% %>=}}\n"])
                == "Templates/onepager.md.mustache:2:1: custom delimiters are not supported")
    }

    @Test func aMissingTemplatesFolder() throws {
        #expect(throws: TemplateError(file: "/nonexistent/templates", reason: "no such templates folder")) {
            try TemplateLibrary(directory: "/nonexistent/templates")
        }
    }
}
