import Foundation

/// The templates of a folder, loaded strictly: every `*.mustache` file below it is
/// read and compiled (an unreadable file or a parse error is an error, not a skipped
/// template), named by its path without the extension (`onepager.md`, `partials/kpis.html`).
public struct TemplateLibrary: Sendable {
    /// The folder as given, used to name files in messages.
    public let directory: String
    /// Compiled templates by name.
    let templates: [String: CompiledTemplate]

    public init(directory: String) throws {
        self.directory = directory
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            throw TemplateError(file: directory, reason: "no such templates folder")
        }
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
            throw TemplateError(file: directory, reason: "cannot list the templates folder")
        }
        var templates: [String: CompiledTemplate] = [:]
        let paths = enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".mustache") }.sorted()
        for path in paths {
            let file = TemplateLibrary.join(directory, path)
            guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                throw TemplateError(file: file, reason: "cannot be read as UTF-8 text")
            }
            templates[String(path.dropLast(".mustache".count))] = try TemplateParser.compile(text, file: file)
        }
        self.templates = templates
    }

    /// A library of templates given as text, named `name` in messages.
    init(name: String, templates texts: [String: String]) throws {
        directory = name
        var templates: [String: CompiledTemplate] = [:]
        for (templateName, text) in texts {
            templates[templateName] = try TemplateParser.compile(text, file: name)
        }
        self.templates = templates
    }

    /// Names of every template, sorted.
    public var names: [String] { templates.keys.sorted() }

    /// The file a template name stands for, for messages.
    public func file(of name: String) -> String { TemplateLibrary.join(directory, name + ".mustache") }

    /// Template `name` rendered over `data`.
    func render(_ data: TemplateValue, template name: String) throws -> String {
        guard let template = templates[name] else { throw TemplateError(file: file(of: name), reason: "missing template") }
        var renderer = TemplateRenderer(templates: templates, data: data, capacity: 2 * template.length)
        renderer.render(template.nodes)
        return renderer.output
    }

    static func join(_ folder: String, _ path: String) -> String {
        folder.hasSuffix("/") ? folder + path : folder + "/" + path
    }
}
