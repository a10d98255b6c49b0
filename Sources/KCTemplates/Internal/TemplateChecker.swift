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

    private func check(_ name: String, stack: [ViewSchema], depth: Int, caller: (file: String, position: TagPosition)?) throws {
        let file = library.file(of: name)
        guard let template = library.templates[name] else {
            if let caller {
                throw TemplateError(file: caller.file, line: caller.position.line, column: caller.position.column, reason: "unknown partial '\(name)'")
            }
            throw TemplateError(file: file, reason: "missing template")
        }
        guard let output = Output(name: name) else {
            throw TemplateError(file: file, reason: "cannot tell the output from the name; name it NAME.md.mustache, NAME.html.mustache or NAME.txt.mustache")
        }
        guard depth < 8 else { throw TemplateError(file: file, reason: "partials nest more than 8 deep") }
        if output != .html && !template.pragmas.contains(where: { !$0.escapesHTML }) {
            throw TemplateError(file: file, line: 1, column: 1, reason: "a Markdown or text template must switch HTML escaping off with {{% CONTENT_TYPE: TEXT }}")
        }
        if output == .html, let pragma = template.pragmas.first {
            throw TemplateError(file: file, line: pragma.position.line, column: pragma.position.column, reason: "an HTML template must keep HTML escaping on")
        }
        var stack = stack
        try check(template.nodes, of: output, in: file, stack: &stack, depth: depth)
    }

    /// Checks nodes in document order, so that the first problem in the text is the one reported.
    private func check(_ nodes: [TemplateNode], of output: Output, in file: String, stack: inout [ViewSchema], depth: Int) throws {
        func failure(_ reason: String, _ position: TagPosition) -> TemplateError {
            TemplateError(file: file, line: position.line, column: position.column, reason: reason)
        }
        for node in nodes {
            switch node {
            case .text:
                continue
            case .variable(let variable):
                let name = variable.name.text
                if variable.isUnescapedTag && output == .html && variable.name.segments.last != "svg" {
                    throw failure("'\(name)' is inserted unescaped; an HTML template may do that only for 'svg' markup", variable.position)
                }
                guard let schema = resolve(variable.name, in: stack) else { throw failure("unknown key '\(name)'", variable.position) }
                guard schema == .value else { throw failure("'\(name)' is a list or an object; open it as a section", variable.position) }
            case .section(let section), .inverted(let section):
                guard let schema = resolve(section.name, in: stack) else { throw failure("unknown key '\(section.name.text)'", section.position) }
                let top = stack.last ?? .value
                switch (node, schema) {
                case (.section, .list(let element)): stack.append(element)
                case (.section, .object): stack.append(schema)
                default: stack.append(top)
                }
                try check(section.body, of: output, in: file, stack: &stack, depth: depth)
                stack.removeLast()
            case .partial(let partial):
                if library.templates[partial.name] != nil, Output(name: partial.name) != output {
                    throw failure("partial '\(partial.name)' is not a \(output) template; its name must end in .\(output == .markdown ? "md" : output == .html ? "html" : "txt")", partial.position)
                }
                try check(partial.name, stack: stack, depth: depth + 1, caller: (file, partial.position))
            }
        }
    }

    /// The schema a key path names in the context `stack`, as Mustache resolves it: the
    /// first segment from the innermost context outwards, the rest within it.
    func resolve(_ name: KeyName, in stack: [ViewSchema]) -> ViewSchema? {
        if name.text == "." { return stack.last == .value ? .value : nil }
        guard let first = name.segments.first else { return nil }
        let contexts = name.isAnchored ? stack.suffix(1) : stack[...]
        for context in contexts.reversed() {
            guard var schema = context.keys?[first] else { continue }
            for segment in name.segments.dropFirst() {
                guard let next = schema.keys?[segment] else { return nil }
                schema = next
            }
            return schema
        }
        return nil
    }
}
