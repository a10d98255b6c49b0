import Foundation

/// Checks a template against the view before anything is rendered: every key it
/// names must exist where it is used, every partial must exist and be of the same
/// output kind, Markdown and text templates must switch HTML escaping off, and HTML
/// templates may insert only `svg` markup unescaped.
struct TemplateChecker {
    let library: TemplateLibrary

    /// The output a template belongs to, from its name (`onepager.md`, `partials/kpis.html`, `highlight.txt`).
    enum Output: Equatable {
        case markdown, html, text

        init?(name: String) {
            if name.hasSuffix(".md") { self = .markdown } else if name.hasSuffix(".html") { self = .html } else if name.hasSuffix(".txt") { self = .text } else { return nil }
        }
    }

    func check(_ name: String, root: ViewSchema) throws {
        try check(name, stack: [root], depth: 0, caller: nil)
    }

    private func check(_ name: String, stack: [ViewSchema], depth: Int, caller: (file: String, tag: TemplateTag)?) throws {
        let file = library.file(of: name)
        guard let text = library.texts[name] else {
            if let caller {
                throw TemplateError(file: caller.file, line: caller.tag.line, column: caller.tag.column, reason: "unknown partial '\(name)'")
            }
            throw TemplateError(file: file, reason: "missing template")
        }
        guard let output = Output(name: name) else {
            throw TemplateError(file: file, reason: "cannot tell the output from the name; name it NAME.md.mustache, NAME.html.mustache or NAME.txt.mustache")
        }
        guard depth < 8 else { throw TemplateError(file: file, reason: "partials nest more than 8 deep") }
        let tags = try TemplateTag.scan(text, file: file)
        let switchesOff = tags.contains { $0.kind == .pragma && TemplateChecker.switchesEscapingOff($0.name) }
        if output != .html && !switchesOff {
            throw TemplateError(file: file, line: 1, column: 1, reason: "a Markdown or text template must switch HTML escaping off with {{% CONTENT_TYPE: TEXT }}")
        }
        if output == .html, let pragma = tags.first(where: { $0.kind == .pragma }) {
            throw TemplateError(file: file, line: pragma.line, column: pragma.column, reason: "an HTML template must keep HTML escaping on")
        }
        var stack = stack
        var opened: [TemplateTag] = []
        for tag in tags {
            func failure(_ reason: String) -> TemplateError { TemplateError(file: file, line: tag.line, column: tag.column, reason: reason) }
            switch tag.kind {
            case .pragma:
                continue
            case .variable, .unescaped:
                if tag.kind == .unescaped && output == .html && tag.name.split(separator: ".").last != "svg" {
                    throw failure("'\(tag.name)' is inserted unescaped; an HTML template may do that only for 'svg' markup")
                }
                guard let schema = resolve(tag.name, in: stack) else { throw failure("unknown key '\(tag.name)'") }
                guard schema == .value else { throw failure("'\(tag.name)' is a list or an object; open it as a section") }
            case .section, .inverted:
                guard let schema = resolve(tag.name, in: stack) else { throw failure("unknown key '\(tag.name)'") }
                let top = stack.last ?? .value
                switch (tag.kind, schema) {
                case (.section, .list(let element)): stack.append(element)
                case (.section, .object): stack.append(schema)
                default: stack.append(top)
                }
                opened.append(tag)
            case .close:
                guard let open = opened.popLast(), open.name == tag.name else { throw failure("'\(tag.name)' closes a section that is not open") }
                stack.removeLast()
            case .partial:
                if library.texts[tag.name] != nil, Output(name: tag.name) != output {
                    throw failure("partial '\(tag.name)' is not a \(output) template; its name must end in .\(output == .markdown ? "md" : output == .html ? "html" : "txt")")
                }
                try check(tag.name, stack: stack, depth: depth + 1, caller: (file, tag))
            }
        }
    }

    /// The schema a key path names in the context `stack`, as Mustache resolves it: the
    /// first segment from the innermost context outwards, the rest within it.
    func resolve(_ name: String, in stack: [ViewSchema]) -> ViewSchema? {
        if name == "." { return stack.last == .value ? .value : nil }
        let segments = name.split(separator: ".", omittingEmptySubsequences: true).map(String.init)
        guard let first = segments.first else { return nil }
        let contexts = name.hasPrefix(".") ? stack.suffix(1) : stack[...]
        for context in contexts.reversed() {
            guard var schema = context.keys?[first] else { continue }
            for segment in segments.dropFirst() {
                guard let next = schema.keys?[segment] else { return nil }
                schema = next
            }
            return schema
        }
        return nil
    }

    /// `{{% CONTENT_TYPE: TEXT }}`, spaces anywhere; an ASCII pragma is read from its bytes.
    static func switchesEscapingOff(_ pragma: String) -> Bool {
        guard pragma.utf8.allSatisfy({ $0 < 0x80 }) else { return pragma.replacingOccurrences(of: " ", with: "") == "CONTENT_TYPE:TEXT" }
        return pragma.utf8.lazy.filter { $0 != UInt8(ascii: " ") }.elementsEqual("CONTENT_TYPE:TEXT".utf8)
    }
}
