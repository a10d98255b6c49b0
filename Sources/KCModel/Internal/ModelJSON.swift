import Foundation

// Each model type read from a parsed JSON document as its `Decodable` conformance reads
// it: keys in declaration order (so the first error is the one JSONDecoder reports),
// optionals through `decodeIfPresent`, unknown keys ignored. `ModelFile` uses these for
// JSON, many times faster than JSONDecoder; YAML and encoding still go through Codable.

extension FinancialModel: JSONDecodable {
    init(json: JSONValue) throws {
        let object = try json.object()
        let format: Int = try object.decode("format")
        self.init(document: try object.decode("document"), facts: try object.decode("facts"),
                  statements: try object.decode("statements"), prose: try object.decode("prose"),
                  warnings: try object.decode("warnings"))
        self.format = format
    }
}

extension DocumentInfo: JSONDecodable {
    init(json: JSONValue) throws {
        let object = try json.object()
        self.init(company: try object.decode("company"), tickers: try object.decode("tickers"),
                  fiscalPeriod: try object.decode("fiscalPeriod"), fiscalPeriodLabel: try object.decode("fiscalPeriodLabel"),
                  releaseDate: try object.decodeIfPresent("releaseDate"), reportingCurrency: try object.decode("reportingCurrency"),
                  scale: try object.decode("scale"), convenienceRate: try object.decodeIfPresent("convenienceRate"),
                  sourceFile: try object.decode("sourceFile"), headline: try object.decodeIfPresent("headline"),
                  links: try object.decode("links"))
    }
}

extension Ticker: JSONDecodable {
    init(json: JSONValue) throws {
        let object = try json.object()
        self.init(exchange: try object.decode("exchange"), symbol: try object.decode("symbol"))
    }
}

extension ConvenienceRate: JSONDecodable {
    init(json: JSONValue) throws {
        let object = try json.object()
        self.init(from: try object.decode("from"), to: try object.decode("to"), rate: try object.decode("rate"),
                  date: try object.decodeIfPresent("date"), source: try object.decode("source"))
    }
}

extension Fact: JSONDecodable {
    init(json: JSONValue) throws {
        let object = try json.object()
        self.init(concept: try object.decode("concept"), value: try object.decode("value"), unit: try object.decode("unit"),
                  period: try object.decode("period"), member: try object.decodeIfPresent("member"),
                  label: try object.decode("label"), source: try object.decode("source"),
                  statement: try object.decodeIfPresent("statement"))
    }
}

extension Period: JSONDecodable {
    /// An instant when `instant` is there (and not null), else a duration from `start`
    /// to `end` that must not end before it starts: the rules of `init(from:)`.
    init(json: JSONValue) throws {
        let object = try json.object()
        if let instant = try object.decodeIfPresent("instant", as: Day.self) {
            self = .instant(instant)
            return
        }
        let start: Day = try object.decode("start")
        let end: Day = try object.decode("end")
        guard start <= end else {
            throw (object.member("end") ?? json).dataCorrupted("period ends (\(end)) before it starts (\(start))")
        }
        self = .duration(start: start, end: end)
    }
}

extension Day: JSONDecodable {
    init(json: JSONValue) throws {
        if let day = json.withPlainString(Day.init(isoDigits:)) {
            self = day
            return
        }
        let text = try json.string()
        guard let day = Day(iso: text) else { throw json.dataCorrupted("expected a date YYYY-MM-DD, found \"\(text)\"") }
        self = day
    }

    /// `YYYY-MM-DD` in ASCII digits, read straight from the bytes without making a String
    /// (dates are most of a model file's strings); nil leaves the text to `init(iso:)`,
    /// which reads these the same way.
    private init?(isoDigits text: UnsafeBufferPointer<UInt8>) {
        guard text.count == 10, text[4] == UInt8(ascii: "-"), text[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = text[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              (1...12).contains(month), (1...Day.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }
}

extension Unit: JSONDecodable {
    init(json: JSONValue) throws { self.init(rawValue: try json.string()) }
}

extension SourceLocation: JSONDecodable {
    init(json: JSONValue) throws {
        let object = try json.object()
        self.init(file: try object.decode("file"), line: try object.decode("line"), column: try object.decode("column"))
    }
}

extension Statement: JSONDecodable {
    init(json: JSONValue) throws {
        let object = try json.object()
        self.init(id: try object.decode("id"), kind: try object.decode("kind"), title: try object.decode("title"),
                  scaleNote: try object.decodeIfPresent("scaleNote"), scale: try object.decode("scale"),
                  columns: try object.decode("columns"), rows: try object.decode("rows"), source: try object.decode("source"))
    }
}

extension Column: JSONDecodable {
    init(json: JSONValue) throws {
        let object = try json.object()
        self.init(period: try object.decode("period"), currency: try object.decodeIfPresent("currency"),
                  isConvenienceTranslation: try object.decode("isConvenienceTranslation"),
                  header: try object.decode("header"), source: try object.decode("source"))
    }
}

extension Row: JSONDecodable {
    init(json: JSONValue) throws {
        let object = try json.object()
        self.init(label: try object.decode("label"), role: try object.decode("role"), concept: try object.decodeIfPresent("concept"),
                  member: try object.decodeIfPresent("member"), measure: try object.decode("measure"),
                  section: try object.decodeIfPresent("section"), cells: try object.decode("cells"),
                  sign: try object.decode("sign"), reduces: try object.decode("reduces"),
                  balanceAt: try object.decodeIfPresent("balanceAt"), source: try object.decode("source"))
    }
}

extension Cell: JSONDecodable {
    init(json: JSONValue) throws {
        let object = try json.object()
        self.init(value: try object.decodeIfPresent("value"), text: try object.decode("text"), source: try object.decode("source"))
    }
}

extension Prose: JSONDecodable {
    init(json: JSONValue) throws {
        let object = try json.object()
        self.init(quotes: try object.decode("quotes"), outlook: try object.decode("outlook"),
                  figureSentences: try object.decode("figureSentences"), footnotes: try object.decode("footnotes"))
    }
}

extension Quote: JSONDecodable {
    init(json: JSONValue) throws {
        let object = try json.object()
        self.init(speaker: try object.decode("speaker"), title: try object.decodeIfPresent("title"),
                  text: try object.decode("text"), source: try object.decode("source"))
    }
}

extension Passage: JSONDecodable {
    init(json: JSONValue) throws {
        let object = try json.object()
        self.init(text: try object.decode("text"), source: try object.decode("source"))
    }
}

extension FigureSentence: JSONDecodable {
    init(json: JSONValue) throws {
        let object = try json.object()
        self.init(text: try object.decode("text"), source: try object.decode("source"), figures: try object.decode("figures"))
    }
}

extension ProseFigure: JSONDecodable {
    init(json: JSONValue) throws {
        let object = try json.object()
        self.init(kind: try object.decode("kind"), value: try object.decode("value"), precision: try object.decode("precision"),
                  currency: try object.decodeIfPresent("currency"), text: try object.decode("text"),
                  source: try object.decode("source"))
    }
}

extension Diagnostic: JSONDecodable {
    init(json: JSONValue) throws {
        let object = try json.object()
        self.init(try object.decode("severity"), try object.decode("message"), at: try object.decodeIfPresent("location"))
    }
}

extension StatementKind: JSONRawValueDecodable {}
extension RowRole: JSONRawValueDecodable {}
extension Measure: JSONRawValueDecodable {}
extension BalancePoint: JSONRawValueDecodable {}
extension ProseFigure.Kind: JSONRawValueDecodable {}
extension Diagnostic.Severity: JSONRawValueDecodable {}
