import Foundation
import KCModel
import Testing

/// Malformed JSON: always a `DecodingError.dataCorrupted` at the top level naming line and
/// column, never a crash and never a partial model.
@Suite struct JSONSyntaxTests {
    static func syntaxError(_ data: Data) -> String? {
        do {
            _ = try ModelFile.decode(data, as: .json)
            return nil
        } catch {
            guard case DecodingError.dataCorrupted(let context) = error, context.codingPath.isEmpty else { return "\(error)" }
            return context.debugDescription
        }
    }

    static func syntaxError(_ text: String) -> String? { syntaxError(Data(text.utf8)) }

    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var message: String
        var testDescription: String { text.debugDescription }

        init(_ text: String, _ message: String) {
            self.text = text
            self.message = message
        }
    }

    static let cases: [Case] = [
        Case("", "line 1, column 1: unexpected end of file; expected a value"),
        Case("   \n  ", "line 2, column 3: unexpected end of file; expected a value"),
        Case(#"{"format": 1"#, "line 1, column 13: unexpected end of file; expected ',' or '}'"),
        Case("{\n  \"a\": 1\n  \"b\": 2\n}", "line 3, column 3: expected ',' or '}'"),
        Case(#"[1 2]"#, "line 1, column 4: expected ',' or ']'"),
        Case(#"{"a": 1,}"#, "line 1, column 9: expected a key in double quotes"),
        Case(#"[1,]"#, "line 1, column 4: expected a value"),
        Case(#"{,}"#, "line 1, column 2: expected a key in double quotes or '}'"),
        Case(#"{a: 1}"#, "line 1, column 2: expected a key in double quotes or '}'"),
        Case(#"{'a': 1}"#, "line 1, column 2: expected a key in double quotes or '}'"),
        Case(#"{"a" 1}"#, "line 1, column 6: expected ':' after the key"),
        Case(#"{"a": }"#, "line 1, column 7: expected a value"),
        Case(#"{"a": 1} {}"#, "line 1, column 10: unexpected text after the JSON value"),
        Case(#"{"a": 1} // note"#, "line 1, column 10: unexpected text after the JSON value"),
        Case(#"{"a": tru}"#, "line 1, column 7: expected a value (true, false and null are lowercase words)"),
        Case(#"{"a": True}"#, "line 1, column 7: expected a value"),
        Case(#"{"a": NaN}"#, "line 1, column 7: expected a value"),
        Case(#"{"a": Infinity}"#, "line 1, column 7: expected a value"),
        Case(#"{"a": 01}"#, "line 1, column 8: numbers cannot have leading zeros"),
        Case(#"{"a": -01}"#, "line 1, column 9: numbers cannot have leading zeros"),
        Case(#"{"a": +1}"#, "line 1, column 7: expected a value"),
        Case(#"{"a": .5}"#, "line 1, column 7: expected a value"),
        Case(#"{"a": -}"#, "line 1, column 8: expected a digit after '-'"),
        Case(#"{"a": 1.}"#, "line 1, column 9: expected a digit after '.'"),
        Case(#"{"a": 1e}"#, "line 1, column 9: expected a digit after the exponent"),
        Case(#"{"a": 1e+}"#, "line 1, column 10: expected a digit after the exponent"),
        Case(#"{"a": 0x10}"#, "line 1, column 8: expected ',' or '}'"),
        Case(#"{"a": "\x"}"#, #"line 1, column 8: invalid escape; expected one of \" \\ \/ \b \f \n \r \t \uXXXX"#),
        Case(#"{"a": "\u12"}"#, #"line 1, column 12: expected four hexadecimal digits after \u"#),
        Case(#"{"a": "\ud800"}"#, #"line 1, column 8: \uD800 starts a surrogate pair but no \uDC00-\uDFFF follows"#),
        Case(#"{"a": "\ud800\u0041"}"#, #"line 1, column 8: \uD800 starts a surrogate pair but no \uDC00-\uDFFF follows"#),
        Case(#"{"a": "\udbff\n"}"#, #"line 1, column 8: \uDBFF starts a surrogate pair but no \uDC00-\uDFFF follows"#),
        Case(#"{"a": "\udc00"}"#, #"line 1, column 8: \uDC00 is half of a surrogate pair, with no \uD800-\uDBFF before it"#),
        Case(#"{"a": "\ude00\ud83d"}"#, #"line 1, column 8: \uDE00 is half of a surrogate pair, with no \uD800-\uDBFF before it"#),
        Case("{\"a\": \"tab\there\"}", "line 1, column 11: control character U+0009 in a string must be escaped"),
        Case("{\"a\": \"line\nbreak\"}", "line 1, column 12: control character U+000A in a string must be escaped"),
        Case(#"{"a": tr"#, "line 1, column 9: unexpected end of file; expected 'true'"),
        Case(#"{"a": "unterminated}"#, #"line 1, column 21: unexpected end of file; expected '"' to end the string"#),
        Case(#"{"a": "ends in a backslash\"#, #"line 1, column 28: unexpected end of file; expected an escaped character after '\'"#),
        // Columns count characters, not bytes.
        Case("{\"é€😀\": x}", "line 1, column 9: expected a value"),
    ]

    @Test(arguments: cases)
    func malformedJSONNamesLineAndColumn(_ example: Case) {
        #expect(Self.syntaxError(example.text) == example.message)
    }

    @Test func invalidUTF8IsRefused() {
        let cases: [[UInt8]] = [
            [0xC3, 0x28], // a lead byte without its continuation
            [0x80], // a lone continuation byte
            [0xC0, 0xAF], // an overlong '/'
            [0xE0, 0x80, 0xAF], // an overlong three-byte form
            [0xED, 0xA0, 0x80], // a UTF-16 surrogate encoded in UTF-8
            [0xF4, 0x90, 0x80, 0x80], // beyond U+10FFFF
            [0xF5, 0x80, 0x80, 0x80], // an invalid lead byte
            [0xE2, 0x82], // cut short
        ]
        for bytes in cases {
            let data = Data(#"{"a": "x"#.utf8) + Data(bytes) + Data(#"y"}"#.utf8)
            #expect(Self.syntaxError(data) == "line 1, column 9: invalid UTF-8", "\(bytes)")
        }
        let cutShort = Data(#"{"a": "x"#.utf8) + Data([0xE2, 0x82])
        #expect(Self.syntaxError(cutShort) == "line 1, column 10: unexpected end of file; expected the rest of a UTF-8 sequence")
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let deep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        #expect(Self.syntaxError(deep) == "line 1, column 513: more than 512 levels of nesting")
        let deeper = String(repeating: "{\"a\":", count: 100_000)
        #expect(Self.syntaxError(deeper)?.hasSuffix("more than 512 levels of nesting") == true)
        // 512 levels are well-formed (JSONDecoder's limit too): the error is then that the top level is not a model.
        let allowed = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(ModelJSONParityTests.error { try BothDecoders.reader(Data(allowed.utf8)) } == "typeMismatch at ")
    }

    /// Cut anywhere, a model file is an error, never a crash or part of a model.
    @Test func truncatedFilesAreErrors() throws {
        let small = HandWrittenModel.data
        for length in 0..<small.count {
            let message = Self.syntaxError(small.prefix(length))
            #expect(message?.contains("unexpected end of file") == true, "cut at \(length): \(message ?? "decoded")")
        }
        let example = try Data(contentsOf: ModelJSONParityTests.example)
        for cut in stride(from: 0, to: example.count, by: example.count / 23) {
            let message = Self.syntaxError(example.prefix(cut))
            #expect(message?.contains("unexpected end of file") == true, "cut at \(cut): \(message ?? "decoded")")
        }
        // Without its final newline the example is still complete.
        #expect(Self.syntaxError(example.dropLast()) == nil)
    }

    /// Replacing any byte of the file with an unlikely one is an error or a model, never a crash.
    @Test func corruptedBytesNeverCrash() {
        let original = HandWrittenModel.data
        for (offset, replacement) in zip(0..<original.count, [UInt8]([0x00, 0x22, 0x5C, 0x7B, 0x5D, 0xFF, 0x2C, 0x30]).cycled()) {
            var data = original
            data[data.startIndex + offset] = replacement
            _ = try? ModelFile.decode(data, as: .json)
        }
    }
}

private extension Array {
    /// The elements over and over, without end.
    func cycled() -> some Sequence<Element> {
        sequence(state: 0) { index in
            defer { index = (index + 1) % count }
            return isEmpty ? nil : self[index]
        }
    }
}
