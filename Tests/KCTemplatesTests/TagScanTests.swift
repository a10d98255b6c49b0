import Foundation
@testable import KCTemplates
import KCTestSupport
import Testing

/// The tag scanner reads bytes but must find what walking the characters finds: braces
/// joined by combining marks are no braces, CR LF is no line break, columns count
/// characters. `CharacterScan` walks the characters, as the scanner once did.
@Suite struct TagScanTests {
    static let pieces = ["{", "}", "{{", "}}", "{{{", "}}}", "\n", "\r\n", "\r", " ", "\t", "a", "b.c", "é", "\u{301}", "“", "名", "#", "/",
                         "^", "!", ">", "&", "%", "=", "$", "<", "(", ")", ".", "🇺🇸", "\u{0600}", "\u{200D}", "*", "{{#a}}", "{{/a}}",
                         "{{ x }}", "{{{y}}}", "\u{0B}", "\u{A0}", "\u{85}"]

    @Test func findsWhatWalkingTheCharactersFinds() {
        var generator = SeededGenerator(seed: 0x7461_6773)
        for round in 0..<20_000 {
            let length = Int.random(in: 0..<(round % 3 == 0 ? 40 : 12), using: &generator)
            let text = (0..<length).map { _ in Self.pieces.randomElement(using: &generator) ?? "" }.joined()
            #expect(Self.outcome { try TemplateTag.scan(text, file: "f") } == Self.outcome { try CharacterScan.scan(text, file: "f") },
                    "\(text.debugDescription)")
        }
    }

    @Test func theProjectTemplatesScanAlike() throws {
        for path in try FileManager.default.subpathsOfDirectory(atPath: TestSupport.templates) where path.hasSuffix(".mustache") {
            let text = try String(contentsOfFile: TestSupport.templates + "/" + path, encoding: .utf8)
            #expect(try TemplateTag.scan(text, file: path) == CharacterScan.scan(text, file: path), "\(path)")
        }
    }

    /// "{́{d}}" is no tag: its first brace carries a combining mark.
    @Test func positionsCountCharacters() throws {
        let tags = try TemplateTag.scan("“é” {{a}}\r\n{{b}}\ne\u{301}{{c}} {\u{301}{d}}{{e}}", file: "f")
        #expect(tags.map { "\($0.name)@\($0.line):\($0.column)" } == ["a@1:5", "b@1:11", "c@2:2", "e@2:13"])
    }

    static func outcome(_ scan: () throws -> [TemplateTag]) -> String {
        do { return "\(try scan())" } catch { return "\(error)" }
    }
}

/// The scanner as it was: an array of characters walked one by one.
enum CharacterScan {
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

    private static func tag(_ kind: TemplateTag.Kind, _ name: String, line: Int, column: Int, failure: (String) -> TemplateError) throws -> TemplateTag {
        if name.contains("(") || name.contains(")") {
            throw failure("transforms such as '\(name)' are not allowed; the view formats every value")
        }
        if name.isEmpty || name.contains(where: { $0.isWhitespace }) { throw failure("bad tag name '\(name)'") }
        return TemplateTag(kind: kind, name: name, line: line, column: column)
    }
}

extension TemplateTag {
    /// Every tag of `text` as the parser reads them — found by `TagFinder`, read by
    /// `read` — comments skipped.
    static func scan(_ text: String, file: String) throws -> [TemplateTag] {
        var tags: [TemplateTag] = []
        var finder = TagFinder(text)
        while let span = finder.next() {
            if let tag = try read(span, file: file) { tags.append(tag) }
        }
        return tags
    }
}
