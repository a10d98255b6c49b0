/// One piece of a compiled template. Text is merged across removed tags and line ends;
/// each tag keeps where it was written, for the checker's messages.
enum TemplateNode: Sendable {
    case text(String)
    case variable(Variable)
    case section(Section)
    case inverted(Section)
    case partial(Partial)

    /// `{{name}}`, `{{{name}}}` or `{{&name}}`.
    struct Variable: Sendable {
        var name: KeyName
        /// Written `{{{…}}}` or `{{&…}}`.
        var isUnescapedTag: Bool
        /// Escaped for HTML when rendered: an escaped tag where no `CONTENT_TYPE: TEXT` pragma is in force.
        var escapesHTML: Bool
        var position: TagPosition
    }

    /// `{{#name}}…{{/name}}` or `{{^name}}…{{/name}}`.
    struct Section: Sendable {
        var name: KeyName
        var body: [TemplateNode]
        var position: TagPosition
    }

    /// `{{> name}}`; `indentation` is the whitespace before a partial standing alone on
    /// its line (put before each line it renders), nil for a partial inside a line.
    struct Partial: Sendable {
        var name: String
        var indentation: String?
        var position: TagPosition
    }
}

/// Where a tag starts: 1-based line and column, counted as `TagFinder` counts them.
struct TagPosition: Equatable, Sendable {
    var line: Int
    var column: Int
}
