/// One value of the template data: text (already escaped for the output, or as-is), a
/// flag, an object or a list. What the renderer walks, with no `Any` and no casts.
enum TemplateValue: Equatable, Sendable {
    case text(String)
    case flag(Bool)
    case object([String: TemplateValue])
    case list([TemplateValue])
}
