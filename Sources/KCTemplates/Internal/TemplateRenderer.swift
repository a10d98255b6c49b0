/// Renders compiled templates over template data into one string, with the values of
/// the sections it is in as a stack of contexts. Follows swift-mustache's semantics for
/// the kinds of values template data has:
/// - a name's first segment is looked up from the innermost context outwards, the rest
///   within what it found; `.` is the innermost context; `.name` looks in it only;
/// - a section over a list renders once per item, with the item as context; over `true`
///   once in the same context; over text or an object once with it as context; over
///   `false`, an empty list or a missing name not at all. An inverted section renders
///   exactly when a section would not (over an empty list, with the list as context);
/// - a missing name renders nothing; a flag renders `true` or `false`;
/// - a partial renders in the same contexts; a standalone partial's indentation goes
///   before each line it renders.
struct TemplateRenderer {
    private let templates: [String: CompiledTemplate]
    private(set) var output = ""
    private var contexts: [TemplateValue]
    /// The partials being rendered with an indentation: where the output of each began and
    /// its whole indentation (the outer ones' and its own). Empty when nothing is indented.
    private var indented: [(start: Int, indentation: String)] = []

    init(templates: [String: CompiledTemplate], data: TemplateValue, capacity: Int) {
        self.templates = templates
        contexts = [data]
        output.reserveCapacity(capacity)
    }

    mutating func render(_ nodes: [TemplateNode]) {
        for node in nodes {
            switch node {
            case .text(let text):
                if indented.isEmpty { output += text } else { appendIndenting(text) }
            case .variable(let variable):
                guard let value = lookUp(variable.name) else { continue }
                append(value, escapesHTML: variable.escapesHTML)
            case .section(let section):
                switch lookUp(section.name) {
                case .list(let items)?:
                    for item in items { render(section.body, in: item) }
                case .flag(let isOn)?:
                    if isOn { render(section.body) }
                case let value?:
                    render(section.body, in: value)
                case nil:
                    continue
                }
            case .inverted(let section):
                switch lookUp(section.name) {
                case .list(let items)?:
                    if items.isEmpty { render(section.body, in: .list(items)) }
                case .flag(let isOn)?:
                    if !isOn { render(section.body) }
                case .some:
                    continue
                case nil:
                    render(section.body)
                }
            case .partial(let partial):
                // The checker has refused unknown partials and bounded their nesting.
                guard let template = templates[partial.name] else { continue }
                let indentation = (indented.last?.indentation ?? "") + (partial.indentation ?? "")
                if indentation.isEmpty {
                    render(template.nodes)
                } else {
                    indented.append((output.utf8.count, indentation))
                    render(template.nodes)
                    indented.removeLast()
                }
            }
        }
    }

    private mutating func render(_ nodes: [TemplateNode], in context: TemplateValue) {
        contexts.append(context)
        render(nodes)
        contexts.removeLast()
    }

    private func lookUp(_ name: KeyName) -> TemplateValue? {
        guard let first = name.segments.first else { return contexts.last }
        var found: TemplateValue?
        if name.isAnchored {
            if case .object(let fields)? = contexts.last { found = fields[first] }
        } else {
            var index = contexts.count - 1
            while index >= 0, found == nil {
                if case .object(let fields) = contexts[index] { found = fields[first] }
                index -= 1
            }
        }
        guard var value = found else { return nil }
        for segment in name.segments.dropFirst() {
            guard case .object(let fields) = value, let child = fields[segment] else { return nil }
            value = child
        }
        return value
    }

    // MARK: Output

    private mutating func append(_ value: TemplateValue, escapesHTML: Bool) {
        if indented.isEmpty, case .text(let text) = value {
            if escapesHTML { HTMLEscaping.append(text, to: &output) } else { output += text }
            return
        }
        let shown = escapesHTML ? HTMLEscaping.escape(value.shown) : value.shown
        guard !shown.isEmpty else { return }
        if !indented.isEmpty { indentAtLineStart() }
        output += shown
    }

    /// Text inside an indented partial, line by line, each line indented.
    private mutating func appendIndenting(_ text: String) {
        var lineStart = text.utf8.startIndex
        while lineStart != text.utf8.endIndex {
            let lineEnd = text.utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")).map { text.utf8.index(after: $0) } ?? text.utf8.endIndex
            indentAtLineStart()
            output += Substring(text.utf8[lineStart..<lineEnd])
            lineStart = lineEnd
        }
    }

    /// Before something non-empty inside an indented partial: its indentation, if its own
    /// output so far ends a line. A partial that has written nothing yet leaves it to the
    /// partial around it, as swift-mustache does. Unlike swift-mustache, which looks only
    /// within one item of a list (so items after the first went unindented) and took a
    /// line ended by "\r\n" for unfinished, this looks at all the partial's output and at
    /// its last byte.
    private mutating func indentAtLineStart() {
        let count = output.utf8.count
        guard let scope = indented.last(where: { count > $0.start }), output.utf8.last == UInt8(ascii: "\n") else { return }
        output += scope.indentation
    }
}
