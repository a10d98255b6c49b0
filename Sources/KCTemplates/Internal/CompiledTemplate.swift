/// A template compiled once from its text: the nodes the renderer walks and the checker
/// checks, and its pragmas in order of appearance (the checker's escaping rules).
struct CompiledTemplate: Sendable {
    var nodes: [TemplateNode]
    var pragmas: [Pragma]
    /// Bytes of the template's text: a first guess at the size of its output.
    var length: Int

    /// `{{% CONTENT_TYPE: TEXT }}` or `{{% CONTENT_TYPE: HTML }}`: escaping off or on
    /// from here to the end of the template or section it stands in (not into partials).
    struct Pragma: Sendable {
        var escapesHTML: Bool
        var position: TagPosition
    }
}
