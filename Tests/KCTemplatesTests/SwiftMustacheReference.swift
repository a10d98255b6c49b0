import Foundation
@testable import KCTemplates
import Mustache

/// swift-mustache 2.1.1, the engine KCTemplates replaced, as the reference for parity
/// tests: the same templates over the same data, given as it was (`Any`).
enum SwiftMustacheReference {
    struct Refused: Error, CustomStringConvertible {
        var description: String
    }

    /// Template `name` of `templates` rendered by swift-mustache; throws when it refuses a template.
    static func render(_ templates: [String: String], _ name: String, _ data: TemplateValue) throws -> String {
        var parsed: [String: MustacheTemplate] = [:]
        for (templateName, text) in templates {
            do {
                parsed[templateName] = try MustacheTemplate(string: text)
            } catch let error as MustacheTemplate.ParserError {
                throw Refused(description: "\(templateName):\(error.context.lineNumber):\(error.context.columnNumber): \(error.error)")
            }
        }
        guard let text = MustacheLibrary(templates: parsed).render(any(data), withTemplate: name) else {
            throw Refused(description: "no template \(name)")
        }
        return text
    }

    /// The data as swift-mustache was given it: dictionaries, arrays, strings and booleans.
    static func any(_ value: TemplateValue) -> Any {
        switch value {
        case .text(let text): return text
        case .flag(let flag): return flag
        case .object(let fields): return fields.mapValues(any)
        case .list(let items): return items.map(any)
        }
    }
}

/// The engine under test, over the same templates and data.
enum OwnEngine {
    static func render(_ templates: [String: String], _ name: String, _ data: TemplateValue) throws -> String {
        try TemplateLibrary(name: "test", templates: templates).render(data, template: name)
    }
}
