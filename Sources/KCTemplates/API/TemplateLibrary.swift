import Foundation
import Mustache

/// The templates of a folder, loaded strictly: every `*.mustache` file below it is
/// read and parsed (an unreadable file or a parse error is an error, not a skipped
/// template), named by its path without the extension (`onepager.md`, `partials/kpis.html`).
public struct TemplateLibrary: Sendable {
    /// The folder as given, used to name files in messages.
    public let directory: String
    let library: MustacheLibrary
    /// Template text by name, for the strict checks.
    let texts: [String: String]

    public init(directory: String) throws {
        self.directory = directory
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            throw TemplateError(file: directory, reason: "no such templates folder")
        }
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
            throw TemplateError(file: directory, reason: "cannot list the templates folder")
        }
        var texts: [String: String] = [:]
        var templates: [String: MustacheTemplate] = [:]
        let paths = enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".mustache") }.sorted()
        for path in paths {
            let file = TemplateLibrary.join(directory, path)
            guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                throw TemplateError(file: file, reason: "cannot be read as UTF-8 text")
            }
            let name = String(path.dropLast(".mustache".count))
            do {
                templates[name] = try MustacheTemplate(string: text)
            } catch let error as MustacheTemplate.ParserError {
                throw TemplateError(file: file, line: error.context.lineNumber, column: error.context.columnNumber,
                                    reason: TemplateLibrary.reason(error.error))
            }
            texts[name] = text
        }
        library = MustacheLibrary(templates: templates)
        self.texts = texts
    }

    /// Names of every template, sorted.
    public var names: [String] { texts.keys.sorted() }

    /// The file a template name stands for, for messages.
    public func file(of name: String) -> String { TemplateLibrary.join(directory, name + ".mustache") }

    static func join(_ folder: String, _ path: String) -> String {
        folder.hasSuffix("/") ? folder + path : folder + "/" + path
    }

    static func reason(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "section closed with a different name than it was opened with"
        case .unfinishedName: return "unfinished tag"
        case .expectedSectionEnd: return "section is never closed"
        case .invalidSetDelimiter: return "bad set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "a transform cannot apply to an inheritance section"
        case .illegalTokenInsideInheritSection: return "illegal tag inside an inheritance section"
        case .textInsideInheritSection: return "text inside an inheritance section"
        case .invalidConfigVariableSyntax: return "bad pragma; expected {{% CONTENT_TYPE: TEXT }}"
        case .unrecognisedConfigVariable: return "unknown pragma; only CONTENT_TYPE is known"
        }
    }
}
