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

    /// Reads every tag of `text`; comments are skipped. Throws for what the strict
    /// library refuses: set delimiters, inheritance blocks, dynamic partials, transforms.
    static func scan(_ text: String, file: String) throws -> [TemplateTag] {
        var tags: [TemplateTag] = []
        let characters = Array(text)
        var index = 0
        var line = 1
        var column = 1
        func advance(_ count: Int) {
            for _ in 0..<count where index < characters.count {
                if characters[index] == "\n" { line += 1; column = 1 } else { column += 1 }
                index += 1
            }
        }
        func starts(_ marker: String, at position: Int) -> Bool {
            let marks = Array(marker)
            guard position + marks.count <= characters.count else { return false }
            return Array(characters[position..<(position + marks.count)]) == marks
        }
        while index < characters.count {
            guard starts("{{", at: index) else { advance(1); continue }
            let (tagLine, tagColumn) = (line, column)
            func failure(_ reason: String) -> TemplateError { TemplateError(file: file, line: tagLine, column: tagColumn, reason: reason) }
            let triple = starts("{{{", at: index)
            let closer = triple ? "}}}" : "}}"
            var end = index + (triple ? 3 : 2)
            while end < characters.count && !starts(closer, at: end) { end += 1 }
            guard end < characters.count else { throw failure("unfinished tag") }
            let inner = String(characters[(index + (triple ? 3 : 2))..<end]).trimmingCharacters(in: .whitespacesAndNewlines)
            advance(end + closer.count - index)
            if triple {
                tags.append(try tag(.unescaped, inner, line: tagLine, column: tagColumn, failure: failure))
                continue
            }
            guard let sigil = inner.first else { throw failure("empty tag") }
            let rest = String(inner.dropFirst()).trimmingCharacters(in: .whitespaces)
            switch sigil {
            case "!": continue
            case "%": tags.append(TemplateTag(kind: .pragma, name: rest, line: tagLine, column: tagColumn))
            case "=": throw failure("custom delimiters are not supported")
            case "$", "<": throw failure("template inheritance is not supported; use partials")
            case "#": tags.append(try tag(.section, rest, line: tagLine, column: tagColumn, failure: failure))
            case "^": tags.append(try tag(.inverted, rest, line: tagLine, column: tagColumn, failure: failure))
            case "/": tags.append(try tag(.close, rest, line: tagLine, column: tagColumn, failure: failure))
            case "&": tags.append(try tag(.unescaped, rest, line: tagLine, column: tagColumn, failure: failure))
            case ">":
                if rest.hasPrefix("*") { throw failure("dynamic partials are not supported") }
                tags.append(TemplateTag(kind: .partial, name: rest, line: tagLine, column: tagColumn))
            default: tags.append(try tag(.variable, inner, line: tagLine, column: tagColumn, failure: failure))
            }
        }
        return tags
    }

    private static func tag(_ kind: Kind, _ name: String, line: Int, column: Int, failure: (String) -> TemplateError) throws -> TemplateTag {
        if name.contains("(") || name.contains(")") {
            throw failure("transforms such as '\(name)' are not allowed; the view formats every value")
        }
        if name.isEmpty || name.contains(where: { $0.isWhitespace }) { throw failure("bad tag name '\(name)'") }
        return TemplateTag(kind: kind, name: name, line: line, column: column)
    }
}
