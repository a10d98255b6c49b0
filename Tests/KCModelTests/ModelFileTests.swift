import Foundation
import KCModel
import Testing

@Suite struct ModelFileTests {
    static func sample() -> FinancialModel {
        let q3 = Period.duration(start: Day(year: 2024, month: 7, day: 1), end: Day(year: 2024, month: 9, day: 30))
        let at = SourceLocation(file: "r.txt", line: 12, column: 3)
        let facts = [
            Fact(concept: "Revenues", value: 1_885_574_000, unit: .currency("CNY"), period: q3, label: "Total revenues", source: at),
            Fact(concept: "Revenues", value: 710_039_000, unit: .currency("CNY"), period: q3, member: "EnterpriseCloudServices",
                 label: "Enterprise cloud services", source: at),
            Fact(concept: "GrossMargin", value: Decimal(string: "0.161") ?? 0, unit: .pure, period: q3, label: "Gross margin", source: at),
            Fact(concept: "EarningsPerShareBasicAndDiluted", value: Decimal(string: "-0.29") ?? 0, unit: .perShare("CNY"), period: q3,
                 label: "Basic and diluted", source: at),
            Fact(concept: "Assets", value: 16_696_584_000, unit: .currency("CNY"), period: .instant(Day(year: 2024, month: 9, day: 30)),
                 label: "Total assets", source: at),
        ]
        let info = DocumentInfo(company: "Example & Co <Ltd>", tickers: [Ticker(exchange: "NASDAQ", symbol: "EX")], fiscalPeriod: q3,
                                fiscalPeriodLabel: "Q3 2024", releaseDate: Day(year: 2024, month: 11, day: 19), reportingCurrency: "CNY",
                                scale: 1000, convenienceRate: ConvenienceRate(from: "CNY", to: "USD", rate: Decimal(string: "7.0176") ?? 0,
                                                                              date: Day(year: 2024, month: 9, day: 30), source: at),
                                sourceFile: "r.txt", headline: "Example Announces Results", links: [])
        let prose = Prose(quotes: [Quote(speaker: "A Person", title: "CEO", text: "“Quoted” — with ümlauts", source: at)])
        return FinancialModel(document: info, facts: facts, statements: [], prose: prose,
                              warnings: [Diagnostic(.warning, "a warning", at: at)])
    }

    @Test(arguments: ModelFile.Format.allCases)
    func roundTripGivesTheSameModel(_ format: ModelFile.Format) throws {
        let model = Self.sample()
        let data = try ModelFile.encode(model, as: format)
        let back = try ModelFile.decode(data, as: format)
        #expect(back == model)
        // And the same bytes again: output is deterministic.
        #expect(try ModelFile.encode(back, as: format) == data)
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let data = try ModelFile.encode(Self.sample(), as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let facts = try #require(object["facts"] as? [[String: Any]])
        #expect(facts.count == 5)
        let first = facts[0]
        #expect(first["concept"] as? String == "Revenues")
        #expect((first["value"] as? NSNumber)?.int64Value == 1_885_574_000)
        #expect(first["unit"] as? String == "CNY")
        #expect(first["period"] as? [String: String] == ["start": "2024-07-01", "end": "2024-09-30"])
        #expect(facts[1]["member"] as? String == "EnterpriseCloudServices")
        #expect(facts[4]["period"] as? [String: String] == ["instant": "2024-09-30"])
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"value\" : 0.161"))
        #expect(text.contains("\"value\" : -0.29"))
    }

    @Test func badDatesAreRejected() {
        let json = #"{"instant": "2024-02-30"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Period.self, from: Data(json.utf8)) }
        let reversed = #"{"start": "2024-09-30", "end": "2024-07-01"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Period.self, from: Data(reversed.utf8)) }
    }
}
