import Foundation
import KCModel
import Testing

/// `ModelFile.decode(_:as: .json)` reads with its own JSON reader; for valid files it must
/// give exactly the model JSONDecoder gives, and for wrong-shaped ones the same errors.
@Suite struct ModelJSONParityTests {
    static let example = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples/kc-2024q3.model.json")

    @Test func theBundledExample() throws {
        try BothDecoders.expectSameModel(try Data(contentsOf: Self.example))
    }

    @Test func aModelWithProseAsModelFileWritesIt() throws {
        try BothDecoders.expectSameModel(try ModelFile.encode(ModelFileTests.sample(), as: .json))
    }

    @Test func theHandWrittenModel() throws {
        try BothDecoders.expectSameModel(HandWrittenModel.data)
        let model = try BothDecoders.reader(HandWrittenModel.data)
        #expect(model.facts.map(\.value) == [1_885_574_000, Decimal(string: "0.161"), Decimal(string: "-0.29")])
        #expect(model.statements.first?.rows.first?.cells.count == 2)
        #expect(model.statements.first?.rows.first?.cells.last == .some(nil))
        #expect(model.warnings.last?.location == nil)
    }

    struct Variant: CustomTestStringConvertible, Sendable {
        var testDescription: String
        var data: Data

        init(_ name: String, _ data: Data) {
            testDescription = name
            self.data = data
        }

        init(_ name: String, replacing piece: String, with replacement: String) {
            self.init(name, HandWrittenModel.replacing(piece, with: replacement))
        }
    }

    static let rate = #""convenienceRate": {"from": "CNY", "to": "USD", "rate": 7.0176, "date": "2024-09-30", "source": \#(HandWrittenModel.source)},"#

    static let variants: [Variant] = [
        Variant("CRLF and tabs", Data(HandWrittenModel.text.replacingOccurrences(of: "\n", with: "\r\n\t").utf8)),
        Variant("no whitespace at all", Data(HandWrittenModel.text.replacingOccurrences(of: "\n", with: "")
            .replacingOccurrences(of: "  ", with: "").replacingOccurrences(of: ": ", with: ":").replacingOccurrences(of: ", ", with: ",").utf8)),
        Variant("a UTF-8 byte order mark", Data([0xEF, 0xBB, 0xBF]) + HandWrittenModel.data),
        Variant("unknown keys", replacing: #""format": 1,"#,
                with: #""comment": {"nested": [1, 2.5e3, "x", null, true, false, {}, []]}, "format": 1, "zzz": "ignored","#),
        Variant("optional keys null", replacing: #""headline": "Example Announces Results","#, with: #""headline": null, "releaseDate": null,"#),
        Variant("optional keys absent", replacing: #""headline": "Example Announces Results","#, with: ""),
        Variant("an optional object null", replacing: rate, with: #""convenienceRate": null,"#),
        Variant("an optional object absent", replacing: rate, with: ""),
        Variant("a repeated key (the first counts)", replacing: #""company": "Example & Co <Ltd>","#,
                with: #""company": "Example & Co <Ltd>", "company": "Second",  "company": 3,"#),
        Variant("every escape", replacing: #""title": "Statements of Operations""#,
                with: #""title": "\"Q\" \\ \/ \b\f\n\r\t \u00e9\u00E9 \ud83d\ude00 \u0000 \u2028 \uFFFF end""#),
        Variant("an escaped key", replacing: #""fiscalPeriodLabel": "Q3 2024""#, with: #""fiscal\u0050eriodLabel": "Q3 2024""#),
        Variant("raw four-byte UTF-8", replacing: #""label": "Gross margin""#, with: #""label": "Gross margin 😀 𝄞""#),
        Variant("an exponent", replacing: #""value": 0.161"#, with: #""value": 1.61e-1"#),
        Variant("a capital exponent with a sign", replacing: #""precision": 50000"#, with: #""precision": 5E+4"#),
        Variant("a trailing zero", replacing: #""rate": 7.0176"#, with: #""rate": 7.01760"#),
        Variant("a negative with a fraction", replacing: #""sign": -1"#, with: #""sign": -1.0"#),
        Variant("a 30-digit decimal", replacing: #""value": 1885600000"#, with: #""value": 123456789012345678901234567890"#),
        Variant("a 40-digit decimal", replacing: #""value": 1885600000"#, with: #""value": 99999999999999999999999999999999999999999"#),
        Variant("19 digits", replacing: #""precision": 50000"#, with: #""precision": 9999999999999999999"#),
        Variant("20 characters", replacing: #""value": 1885574,"#, with: #""value": 1234567890123456789.5,"#),
        Variant("minus zero", replacing: #""value": -0.29"#, with: #""value": -0"#),
        Variant("zero with a fraction", replacing: #""value": 1885574,"#, with: #""value": 0.000,"#),
        Variant("a tiny decimal", replacing: #""value": 0.161"#, with: #""value": 0.0000000000000000000001"#),
        Variant("an integer written 1.0", replacing: #""format": 1,"#, with: #""format": 1.0,"#),
        Variant("an integer written 1e0", replacing: #""format": 1,"#, with: #""format": 1e0,"#),
        Variant("an integer written 30e-1", replacing: #""column": 3}"#, with: #""column": 30e-1}"#),
        Variant("a large integer", replacing: #""format": 1,"#, with: #""format": -9223372036854775808,"#),
        Variant("an instant beside start and end (the instant counts)", replacing: #"{"instant": "2024-06-30"}"#,
                with: #"{"start": "2024-07-01", "instant": "2024-06-30", "end": "not read"}"#),
        Variant("a null instant beside start and end", replacing: #"{"instant": "2024-06-30"}"#,
                with: #"{"instant": null, "start": "2024-01-01", "end": "2024-06-30"}"#),
        Variant("a one-day duration", replacing: #"{"instant": "2024-06-30"}"#, with: #"{"start": "2024-06-30", "end": "2024-06-30"}"#),
        Variant("a leap day", replacing: #"{"instant": "2024-06-30"}"#, with: #"{"instant": "2024-02-29"}"#),
        Variant("a date Day(iso:) reads with a sign", replacing: #"{"instant": "2024-06-30"}"#, with: #"{"instant": "2024-+6-30"}"#),
        Variant("a date with an escaped digit", replacing: #"{"instant": "2024-06-30"}"#, with: #"{"instant": "2024-06-3\u0030"}"#),
        Variant("empty arrays and strings", replacing: #""links": ["https://example.com/ir"]"#, with: #""links": ["", ""]"#),
    ]

    @Test(arguments: variants)
    func variantsOfTheHandWrittenModel(_ variant: Variant) throws {
        try BothDecoders.expectSameModel(variant.data)
    }

    // MARK: Wrong shapes: the same error, at the same path

    struct WrongShape: CustomTestStringConvertible, Sendable {
        var piece: String
        var replacement: String
        var error: String
        /// Where JSONDecoder differs: a number that does not fit is, for it, invalid JSON
        /// at the top level; the reader names the key.
        var jsonDecoderError: String
        var testDescription: String { "\(piece) → \(replacement)" }

        init(_ piece: String, _ replacement: String, _ error: String, jsonDecoder: String? = nil) {
            self.piece = piece
            self.replacement = replacement
            self.error = error
            self.jsonDecoderError = jsonDecoder ?? error
        }
    }

    static let wrongShapes: [WrongShape] = [
        WrongShape(#""value": 1885574000,"#, #""value": "1885574000","#, "typeMismatch at .facts[0].value"),
        WrongShape(#""value": 1885574000,"#, #""value": null,"#, "valueNotFound at .facts[0].value"),
        WrongShape(#""value": 1885574000,"#, "", "keyNotFound 'value' at .facts[0]"),
        WrongShape(#""label": "Gross margin","#, "", "keyNotFound 'label' at .facts[1]"),
        WrongShape(#""format": 1,"#, "", "keyNotFound 'format' at "),
        WrongShape(#""format": 1,"#, #""format": 1.5,"#, "dataCorrupted at .format", jsonDecoder: "dataCorrupted at "),
        WrongShape(#""format": 1,"#, #""format": 9223372036854775808,"#, "dataCorrupted at .format", jsonDecoder: "dataCorrupted at "),
        WrongShape(#""format": 1,"#, #""format": true,"#, "typeMismatch at .format"),
        WrongShape(#""kind": "income-statement""#, #""kind": "ledger""#, "dataCorrupted at .statements[0].kind"),
        WrongShape(#""role": "item""#, #""role": "Item""#, "dataCorrupted at .statements[0].rows[1].role"),
        WrongShape(#""balanceAt": "period-end""#, #""balanceAt": 2"#, "typeMismatch at .statements[0].rows[0].balanceAt"),
        WrongShape(#""severity": "error""#, #""severity": "fatal""#, "dataCorrupted at .warnings[1].severity"),
        WrongShape(#""kind": "amount""#, #""kind": "percent-points""#, "dataCorrupted at .prose.figureSentences[0].figures[0].kind"),
        WrongShape(#""isConvenienceTranslation": true"#, #""isConvenienceTranslation": "yes""#,
                   "typeMismatch at .statements[0].columns[1].isConvenienceTranslation"),
        WrongShape(#""isConvenienceTranslation": true"#, #""isConvenienceTranslation": 1"#,
                   "typeMismatch at .statements[0].columns[1].isConvenienceTranslation"),
        WrongShape(#""releaseDate": "2024-11-19""#, #""releaseDate": "2024-11-31""#, "dataCorrupted at .document.releaseDate"),
        WrongShape(#""releaseDate": "2024-11-19""#, #""releaseDate": "19/11/2024""#, "dataCorrupted at .document.releaseDate"),
        WrongShape(#""releaseDate": "2024-11-19""#, #""releaseDate": 20241119"#, "typeMismatch at .document.releaseDate"),
        WrongShape(#"{"instant": "2024-06-30"}"#, #"{"start": "2024-09-30", "end": "2024-07-01"}"#,
                   "dataCorrupted at .facts[2].period.end"),
        WrongShape(#"{"instant": "2024-06-30"}"#, #"{"end": "2024-07-01"}"#, "keyNotFound 'start' at .facts[2].period"),
        WrongShape(#"{"instant": "2024-06-30"}"#, #"{"instant": 3}"#, "typeMismatch at .facts[2].period.instant"),
        WrongShape(#"{"instant": "2024-06-30"}"#, #"["2024-06-30"]"#, "typeMismatch at .facts[2].period"),
        WrongShape(#""unit": "pure""#, #""unit": ["pure"]"#, "typeMismatch at .facts[1].unit"),
        WrongShape(#""links": ["https://example.com/ir"]"#, #""links": "https://example.com/ir""#, "typeMismatch at .document.links"),
        WrongShape(#""links": ["https://example.com/ir"]"#, #""links": [null]"#, "valueNotFound at .document.links[0]"),
        WrongShape(#""footnotes": []"#, #""footnotes": [null]"#, "valueNotFound at .prose.footnotes[0]"),
        WrongShape(#""footnotes": []"#, #""footnotes": {}"#, "typeMismatch at .prose.footnotes"),
        WrongShape(#""text": "1,885,574""#, #""text": 1885574"#, "typeMismatch at .statements[0].rows[0].cells[0].text"),
        WrongShape(#""cells": [{"text": "-""#, #""cells": [3, {"text": "-""#, "typeMismatch at .statements[0].rows[1].cells[0]"),
        WrongShape(#""rate": 7.0176"#, #""rate": "7.0176""#, "typeMismatch at .document.convenienceRate.rate"),
        WrongShape(#""rate": 7.0176"#, #""rate": 1e200"#, "dataCorrupted at .document.convenienceRate.rate",
                   jsonDecoder: "dataCorrupted at "),
        WrongShape(#""speaker": "A Person","#, "", "keyNotFound 'speaker' at .prose.quotes[0]"),
    ]

    @Test(arguments: wrongShapes)
    func wrongShapesFailAsWithJSONDecoder(_ shape: WrongShape) {
        let data = HandWrittenModel.replacing(shape.piece, with: shape.replacement)
        #expect(Self.error { try BothDecoders.reader(data) } == shape.error)
        #expect(Self.error { try BothDecoders.jsonDecoder(data) } == shape.jsonDecoderError)
    }

    @Test func theTopLevelMustBeAnObject() {
        for text in ["[]", "\"model\"", "12", "null", "true"] {
            let ours = Self.error { try BothDecoders.reader(Data(text.utf8)) }
            #expect(ours == Self.error { try BothDecoders.jsonDecoder(Data(text.utf8)) })
            #expect(ours.hasSuffix(" at "), "\(text): \(ours)")
        }
    }

    @Test func errorsCarryJSONDecoderWording() throws {
        let mismatch = HandWrittenModel.replacing(#""format": 1,"#, with: #""format": "one","#)
        #expect(Self.debugDescription { try BothDecoders.reader(mismatch) } == "Expected to decode Int but found a string instead.")
        let badEnum = HandWrittenModel.replacing(#""role": "item""#, with: #""role": "Item""#)
        #expect(Self.debugDescription { try BothDecoders.reader(badEnum) } == "Cannot initialize RowRole from invalid String value Item")
        let badDate = HandWrittenModel.replacing(#""releaseDate": "2024-11-19""#, with: #""releaseDate": "2024-11-31""#)
        #expect(Self.debugDescription { try BothDecoders.reader(badDate) } == "expected a date YYYY-MM-DD, found \"2024-11-31\"")
    }

    static func error(_ body: () throws -> FinancialModel) -> String {
        do {
            _ = try body()
            return "no error"
        } catch {
            return BothDecoders.summary(error)
        }
    }

    static func debugDescription(_ body: () throws -> FinancialModel) -> String? {
        do {
            _ = try body()
            return nil
        } catch let error as DecodingError {
            switch error {
            case .dataCorrupted(let context), .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context):
                return context.debugDescription
            @unknown default:
                return nil
            }
        } catch {
            return nil
        }
    }
}
