import Foundation

/// One `{{…}}` tag of a template and where it starts (1-based line and column).
struct TemplateTag: Equatable {
    enum Kind: Equatable {
        case variable, unescaped, section, inverted, close, partial, pragma
    }
    var kind: Kind
    /// The key path, partial name or pragma text, trimmed.
    var name: String
    var line: Int
    var column: Int

    /// The tag a span holds, nil for a comment. Throws for what the strict library refuses:
    /// set delimiters, inheritance blocks, dynamic partials, transforms.
    static func read(_ span: TagFinder.Span, file: String) throws -> TemplateTag? {
        let (tagLine, tagColumn) = (span.line, span.column)
        func failure(_ reason: String) -> TemplateError { TemplateError(file: file, line: tagLine, column: tagColumn, reason: reason) }
        guard let spanText = span.inner else { throw failure("unfinished tag") }
        let inner = Trimming.whitespacesAndNewlines(spanText)
        if span.isTriple { return try tag(.unescaped, inner, line: tagLine, column: tagColumn, failure: failure) }
        guard let sigil = inner.first else { throw failure("empty tag") }
        if sigil == "!" { return nil }
        let rest = Trimming.whitespaces(inner.dropFirst())
        switch sigil {
        case "%": return TemplateTag(kind: .pragma, name: rest, line: tagLine, column: tagColumn)
        case "=": throw failure("custom delimiters are not supported")
        case "$", "<": throw failure("template inheritance is not supported; use partials")
        case "#": return try tag(.section, rest, line: tagLine, column: tagColumn, failure: failure)
        case "^": return try tag(.inverted, rest, line: tagLine, column: tagColumn, failure: failure)
        case "/": return try tag(.close, rest, line: tagLine, column: tagColumn, failure: failure)
        case "&": return try tag(.unescaped, rest, line: tagLine, column: tagColumn, failure: failure)
        case ">":
            if rest.hasPrefix("*") { throw failure("dynamic partials are not supported") }
            return TemplateTag(kind: .partial, name: rest, line: tagLine, column: tagColumn)
        default: return try tag(.variable, inner, line: tagLine, column: tagColumn, failure: failure)
        }
    }

    private static func tag(_ kind: Kind, _ name: String, line: Int, column: Int, failure: (String) -> TemplateError) throws -> TemplateTag {
        if hasParenthesis(name) {
            throw failure("transforms such as '\(name)' are not allowed; the view formats every value")
        }
        if name.isEmpty || hasWhitespace(name) { throw failure("bad tag name '\(name)'") }
        return TemplateTag(kind: kind, name: name, line: line, column: column)
    }

    // Every name a template uses is ASCII: its bytes answer these without Foundation
    // or Unicode tables; any other name is asked as before.

    private static func hasParenthesis(_ name: String) -> Bool {
        guard isASCII(name) else { return name.contains("(") || name.contains(")") }
        return name.utf8.contains { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") }
    }

    private static func hasWhitespace(_ name: String) -> Bool {
        guard isASCII(name) else { return name.contains(where: \.isWhitespace) }
        return name.utf8.contains { $0 == UInt8(ascii: " ") || (0x09...0x0D).contains($0) }
    }

    private static func isASCII(_ name: String) -> Bool { name.utf8.allSatisfy { $0 < 0x80 } }
}
