import Foundation
import KCModel
import Testing

/// Decoding a model file both ways: `ModelFile.decode` (JSONReader) and JSONDecoder.
enum BothDecoders {
    static func reader(_ data: Data) throws -> FinancialModel { try ModelFile.decode(data, as: .json) }
    static func jsonDecoder(_ data: Data) throws -> FinancialModel { try JSONDecoder().decode(FinancialModel.self, from: data) }

    /// Expects the same model from both, down to each Decimal's bits (`==` on Decimal
    /// compares values, so 1.5 would equal 1.50 however each is stored).
    static func expectSameModel(_ data: Data, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let expected = try jsonDecoder(data)
        let decoded = try reader(data)
        #expect(decoded == expected, sourceLocation: sourceLocation)
        #expect(decimalBits(decoded) == decimalBits(expected), sourceLocation: sourceLocation)
    }

    /// Every Decimal of a model, as the bytes of its representation.
    static func decimalBits(_ model: FinancialModel) -> [[UInt8]] {
        var decimals = [model.document.scale] + (model.document.convenienceRate.map { [$0.rate] } ?? [])
        decimals += model.facts.map(\.value)
        for statement in model.statements {
            decimals.append(statement.scale)
            for row in statement.rows {
                decimals.append(row.sign)
                decimals += row.cells.compactMap { $0?.value }
            }
        }
        for sentence in model.prose.figureSentences {
            for figure in sentence.figures { decimals += [figure.value, figure.precision] }
        }
        return decimals.map { decimal in withUnsafeBytes(of: decimal) { Array($0) } }
    }

    /// The kind and coding path of a decoding error, as `kcreport` prints the path.
    static func summary(_ error: any Error) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case DecodingError.dataCorrupted(let context): return "dataCorrupted at \(path(context.codingPath))"
        case DecodingError.typeMismatch(_, let context): return "typeMismatch at \(path(context.codingPath))"
        case DecodingError.valueNotFound(_, let context): return "valueNotFound at \(path(context.codingPath))"
        case DecodingError.keyNotFound(let key, let context): return "keyNotFound '\(key.stringValue)' at \(path(context.codingPath))"
        default: return "not a DecodingError: \(error)"
        }
    }

    /// The debug description of a `dataCorrupted` error, or nil for anything else.
    static func corruption(_ error: any Error) -> String? {
        guard case DecodingError.dataCorrupted(let context) = error else { return nil }
        return context.debugDescription
    }
}

/// A small model file with every model type and most optional keys in it, written by
/// hand so tests can change one thing at a time by replacing a unique piece of text.
enum HandWrittenModel {
    static let source = #"{"file": "r.txt", "line": 12, "column": 3}"#

    static let text = """
    {
      "format": 1,
      "document": {
        "company": "Example & Co <Ltd>",
        "tickers": [{"exchange": "NASDAQ", "symbol": "EX"}, {"exchange": "HKEX", "symbol": "0001"}],
        "fiscalPeriod": {"start": "2024-07-01", "end": "2024-09-30"},
        "fiscalPeriodLabel": "Q3 2024",
        "releaseDate": "2024-11-19",
        "reportingCurrency": "CNY",
        "scale": 1000,
        "convenienceRate": {"from": "CNY", "to": "USD", "rate": 7.0176, "date": "2024-09-30", "source": \(source)},
        "sourceFile": "r.txt",
        "headline": "Example Announces Results",
        "links": ["https://example.com/ir"]
      },
      "facts": [
        {"concept": "Revenues", "value": 1885574000, "unit": "CNY", "period": {"start": "2024-07-01", "end": "2024-09-30"},
         "member": "CloudServices", "label": "Total revenues", "source": \(source), "statement": "income-statement"},
        {"concept": "GrossMargin", "value": 0.161, "unit": "pure", "period": {"instant": "2024-09-30"},
         "label": "Gross margin", "source": \(source)},
        {"concept": "EarningsPerShare", "value": -0.29, "unit": "CNY/share", "period": {"instant": "2024-06-30"},
         "label": "Basic and diluted", "source": \(source), "member": null}
      ],
      "statements": [
        {"id": "income-statement", "kind": "income-statement", "title": "Statements of Operations",
         "scaleNote": "(in thousands)", "scale": 1000,
         "columns": [{"period": {"start": "2024-07-01", "end": "2024-09-30"}, "currency": "CNY",
                      "isConvenienceTranslation": false, "header": "Three Months Ended / September 30, 2024 / RMB",
                      "source": \(source)},
                     {"period": {"start": "2024-07-01", "end": "2024-09-30"}, "currency": null,
                      "isConvenienceTranslation": true, "header": "US$", "source": \(source)}],
         "rows": [{"label": "Total revenues", "role": "total", "concept": "Revenues", "measure": "monetary",
                   "section": "Revenues:", "cells": [{"value": 1885574, "text": "1,885,574", "source": \(source)}, null],
                   "sign": 1, "reduces": false, "balanceAt": "period-end", "source": \(source)},
                  {"label": "Cost of revenues", "role": "item", "measure": "per-share",
                   "cells": [{"text": "-", "source": \(source)}], "sign": -1, "reduces": true, "source": \(source)}],
         "source": \(source)}
      ],
      "prose": {
        "quotes": [{"speaker": "A Person", "title": "CEO", "text": "“Quoted” — with ümlauts", "source": \(source)}],
        "outlook": [{"text": "We expect revenues of RMB1.9 billion.", "source": \(source)}],
        "figureSentences": [{"text": "Revenues were RMB1,885.6 million.", "source": \(source),
                             "figures": [{"kind": "amount", "value": 1885600000, "precision": 50000, "currency": "CNY",
                                          "text": "RMB1,885.6 million", "source": \(source)}]}],
        "footnotes": []
      },
      "warnings": [{"severity": "warning", "message": "a warning", "location": \(source)},
                   {"severity": "error", "message": "nowhere in particular"}]
    }
    """

    static var data: Data { Data(text.utf8) }

    /// The text with `piece`, which must occur exactly once, replaced.
    static func replacing(_ piece: String, with replacement: String) -> Data {
        let parts = text.components(separatedBy: piece)
        if parts.count != 2 { Issue.record("\(piece) occurs \(parts.count - 1) times in the hand-written model") }
        return Data(parts.joined(separator: replacement).utf8)
    }
}
