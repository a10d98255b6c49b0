extension TemplateValue {
    /// A value as a variable tag shows it: text as it is, a flag as `true` or `false`, and
    /// a list or an object as Swift describes an array or a dictionary (as swift-mustache
    /// showed them; the checker refuses such tags, but `{{.}}` inside `{{^list}}` over an
    /// empty list still shows `[]`). Object keys are sorted, where swift-mustache's order was
    /// the dictionary's.
    var shown: String {
        switch self {
        case .text(let text): return text
        case .flag(let flag): return flag ? "true" : "false"
        case .list, .object: return described
        }
    }

    /// As an element of a described array or dictionary: text quoted.
    private var described: String {
        switch self {
        case .text(let text): return String(reflecting: text)
        case .flag(let flag): return flag ? "true" : "false"
        case .list(let items): return "[" + items.map(\.described).joined(separator: ", ") + "]"
        case .object(let fields):
            guard !fields.isEmpty else { return "[:]" }
            return "[" + fields.sorted { $0.key < $1.key }.map { String(reflecting: $0.key) + ": " + $0.value.described }.joined(separator: ", ") + "]"
        }
    }
}
