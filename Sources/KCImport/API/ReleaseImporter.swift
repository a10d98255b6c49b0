import Foundation
import KCModel

/// What an import produced: the model (when the release could be read at all)
/// and every problem found, errors and warnings alike.
public struct ImportResult: Sendable {
    public var model: FinancialModel?
    public var diagnostics: [Diagnostic]

    /// True when any diagnostic is an error: the model must not be published.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// The import stage: reads the plain text of an earnings release (a 6-K / 8-K
/// exhibit 99.1) into a `FinancialModel`. Nothing here knows any company: labels
/// map to concepts through the synonym table in `ConceptSynonyms.swift`.
public enum ReleaseImporter {
    /// Imports release text; `file` names it in every location and message.
    public static func importRelease(text: String, file: String) -> ImportResult {
        let source = SourceText(file: file, text: text)
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard source.lines.contains(where: { !$0.isBlank }) else {
            return ImportResult(model: nil, diagnostics: [Diagnostic(.error, "the file is empty; expected the text of an earnings release", at: start)])
        }
        var diagnostics: [Diagnostic] = []
        let dateline = DocumentReader.dateline(in: source)
        if dateline == nil {
            diagnostics.append(Diagnostic(.error, "no dateline found; expected a paragraph opening like 'CITY, Month D, YYYY — Company Name (…)', as earnings releases do", at: start))
        }
        let company = dateline?.company

        // Tables.
        let mapper = ConceptMapper(company: company)
        var reader = StatementReader(file: file, mapper: mapper)
        var results: [StatementReader.Result] = []
        var idCounts: [StatementKind: Int] = [:]
        let rawTables = TableLocator.tables(in: source)
        for table in rawTables {
            let title = TableTitle(lines: table.titleLines, company: company)
            let kind = title.kind
            idCounts[kind, default: 0] += 1
            let count = idCounts[kind] ?? 1
            let id = count == 1 ? kind.rawValue : "\(kind.rawValue)-\(count)"
            if let result = reader.read(table, title: title, id: id) { results.append(result) }
        }
        diagnostics += reader.diagnostics
        if results.isEmpty && !diagnostics.contains(where: { $0.severity == .error && $0.location != start }) {
            diagnostics.append(Diagnostic(.error, "no financial tables found; expected tab-separated statements (balance sheet, statement of operations, cash flows) with dated column headers", at: start))
        }

        // Currency: the one most columns are printed in.
        var currencyCounts: [String: Int] = [:]
        for result in results { for column in result.statement.columns { if let c = column.currency { currencyCounts[c, default: 0] += 1 } } }
        let reportingCurrency = currencyCounts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first?.key
        for i in results.indices {
            let hasMoney = results[i].statement.rows.contains { $0.role != .section && ($0.measure == .monetary || $0.measure == .perShare) }
            for c in results[i].statement.columns.indices where results[i].statement.columns[c].currency == nil && hasMoney {
                results[i].statement.columns[c].currency = reportingCurrency
            }
            if let reportingCurrency { FactBuilder.markConvenienceColumns(&results[i].statement, reportingCurrency: reportingCurrency) }
        }
        var facts = FactBuilder()
        for result in results { facts.add(result) }
        diagnostics += facts.diagnostics

        guard let dateline, let reportingCurrency else {
            if !results.isEmpty && reportingCurrency == nil {
                diagnostics.append(Diagnostic(.error, "no currency found in any table header; expected a currency row such as 'RMB' or 'US$'", at: start))
            }
            return ImportResult(model: nil, diagnostics: diagnostics)
        }

        // What the release reports.
        let datelineParagraph = source.paragraphs.first { $0.first?.number == dateline.paragraphLine }?.map(\.text).joined(separator: " ") ?? dateline.text
        let fiscal: (Period, String)
        if let found = DocumentReader.fiscalPeriod(in: datelineParagraph) {
            fiscal = found
        } else if let latest = latestQuarter(results.map(\.statement)) {
            fiscal = (latest, "Q\((latest.end.month - 1) / 3 + 1) \(latest.end.year)")
            diagnostics.append(Diagnostic(.warning, "the opening paragraph names no period such as 'third quarter ended September 30, 2024'; taking the latest quarter in the tables, \(fiscal.1)", at: SourceLocation(file: file, line: dateline.paragraphLine, column: 1)))
        } else {
            diagnostics.append(Diagnostic(.error, "no reporting period found; expected 'quarter ended Month D, YYYY' in the opening paragraph or a 'Three Months Ended' column", at: SourceLocation(file: file, line: dateline.paragraphLine, column: 1)))
            return ImportResult(model: nil, diagnostics: diagnostics)
        }
        let rate = DocumentReader.convenienceRate(in: source)
        let hasConvenience = results.contains { $0.statement.columns.contains(where: \.isConvenienceTranslation) }
        if hasConvenience && rate == nil {
            diagnostics.append(Diagnostic(.warning, "the tables have convenience-translation columns but the text states no rate such as 'RMB7.0176 to US$1.00'", at: start))
        }
        var scaleCounts: [Decimal: Int] = [:]
        for result in results { scaleCounts[result.statement.scale, default: 0] += 1 }
        let scale = scaleCounts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? 1

        let firstTableLine = results.map(\.statement.source.line).min() ?? Int.max
        let prose = ProseReader.read(source, from: dateline.paragraphLine, until: firstTableLine)
        let info = DocumentInfo(company: dateline.company, tickers: DocumentReader.tickers(in: datelineParagraph),
                                fiscalPeriod: fiscal.0, fiscalPeriodLabel: fiscal.1, releaseDate: dateline.date,
                                reportingCurrency: reportingCurrency, scale: scale, convenienceRate: rate,
                                sourceFile: (file as NSString).lastPathComponent,
                                headline: DocumentReader.headline(in: source, before: dateline.paragraphLine),
                                links: DocumentReader.links(in: source))
        let warnings = diagnostics.filter { $0.severity == .warning }
        let model = FinancialModel(document: info, facts: facts.facts, statements: results.map(\.statement), prose: prose, warnings: warnings)
        return ImportResult(model: model, diagnostics: diagnostics)
    }

    /// The latest three-month column of any income statement.
    static func latestQuarter(_ statements: [Statement]) -> Period? {
        statements.filter { $0.kind == .incomeStatement }
            .flatMap(\.columns).map(\.period)
            .filter { $0.months == 3 }
            .max()
    }
}
