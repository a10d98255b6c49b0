import Foundation
import KCModel

/// Reads what the release is from its prose: the dateline ("CITY, Month D, YYYY —
/// Company (…)"), the tickers, the period reported, the headline, the
/// convenience rate and the links.
struct DocumentReader {
    struct Dateline {
        var company: String
        var date: Day
        var paragraphLine: Int
        var text: String
    }

    static let exchanges = ["NASDAQ", "Nasdaq", "NYSE American", "NYSE", "HKEX", "SEHK", "SSE", "SZSE", "LSE", "TSX", "ASX", "SGX", "TWSE", "KRX", "TSE"]

    static let ordinals: [(word: String, number: Int)] = [("first", 1), ("second", 2), ("third", 3), ("fourth", 4)]

    /// The first paragraph that opens with a dateline.
    static func dateline(in source: SourceText) -> Dateline? {
        for paragraph in source.paragraphs {
            guard let line = paragraph.first, !line.hasTab else { continue }
            let text = LabelText.collapseSpaces(ProseText(line: line.number, raw: line.text).text)
            guard let comma = text.firstIndex(of: ","), text.distance(from: text.startIndex, to: comma) <= 40 else { continue }
            let city = text[..<comma]
            guard city.first?.isUppercase == true, city.allSatisfy({ $0.isLetter || $0 == " " || $0 == "." || $0 == "-" || $0 == "'" }) else { continue }
            var rest = text[text.index(after: comma)...].trimmingSpaces
            // A region or country may follow the city: "HANGZHOU, China, …", "SAN JOSE, Calif., …".
            if readProseDate(rest) == nil, let second = rest.firstIndex(of: ","), rest.distance(from: rest.startIndex, to: second) <= 30,
               rest[..<second].allSatisfy({ $0.isLetter || $0 == " " || $0 == "." }) {
                rest = rest[rest.index(after: second)...].trimmingSpaces
            }
            guard let (date, afterDate) = readProseDate(rest) else { continue }
            var tail = String(rest[afterDate...]).trimmingSpaces
            // Skip a wire-service tag such as "/PRNewswire/".
            if tail.hasPrefix("/"), let close = tail.dropFirst().firstIndex(of: "/") {
                tail = String(tail[tail.index(after: close)...]).trimmingSpaces
            }
            guard let dash = ["—", "–", "--", "-"].first(where: { tail.hasPrefix($0) }) else { continue }
            tail = String(tail.dropFirst(dash.count)).trimmingSpaces
            let company = companyName(opening: tail)
            guard !company.isEmpty else { continue }
            return Dateline(company: company, date: date, paragraphLine: line.number, text: text)
        }
        return nil
    }

    /// Legal-form words that follow a comma inside a company name ("Co., Ltd.", "Acme, Inc.").
    static let legalForms: Set<String> = ["ltd", "ltd.", "limited", "inc", "inc.", "llc", "l.l.c.", "lp", "l.p.", "co.", "corp.",
                                          "plc", "s.a.", "n.v.", "ag", "se", "asa"]

    /// The company name at the start of `text`: up to "(" or ",", reading on over
    /// a comma that only introduces a legal form.
    static func companyName(opening text: String) -> String {
        var name = ""
        var rest = Substring(text)
        while true {
            let part = rest.prefix { $0 != "(" && $0 != "," }
            name += part
            rest = rest.dropFirst(part.count)
            guard rest.first == "," else { break }
            let after = rest.dropFirst().drop { $0 == " " }
            let word = after.prefix { $0 != " " && $0 != "," && $0 != "(" }
            guard legalForms.contains(word.lowercased()) else { break }
            name += ", " + word
            rest = after.dropFirst(word.count)
        }
        return name.trimmingSpaces
    }

    /// "November 19, 2024" / "Nov. 19, 2024" at the start of `text`; the date and where it ends.
    static func readProseDate(_ text: String) -> (Day, String.Index)? {
        let words = text.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true)
        guard words.count >= 3,
              let month = ColumnHeaders.monthNames[words[0].lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))],
              let day = Int(words[1].trimmingCharacters(in: CharacterSet(charactersIn: ","))),
              let year = Int(words[2].prefix(4)), words[2].prefix(4).count == 4,
              (1...Day.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        let end = text.index(words[2].startIndex, offsetBy: 4)
        return (Day(year: year, month: month, day: day), end)
    }

    /// Finds "Month D, YYYY" anywhere after `marker` in `text`.
    static func date(after marker: String, in text: String) -> Day? {
        guard let range = text.range(of: marker, options: .caseInsensitive) else { return nil }
        let rest = text[range.upperBound...].trimmingSpaces
        return readProseDate(rest)?.0
    }

    static let exchangeBytes = exchanges.map { Array($0.utf8) }

    static func tickers(in text: String) -> [Ticker] {
        var result: [Ticker] = []
        // Exchange names are ASCII: searching bytes finds what NSString's `range(of:)` did, much faster.
        let bytes = Array(text.utf8)
        var searchFrom = 0
        while searchFrom < bytes.count {
            var best: (offset: Int, exchange: Int)?
            for (k, exchange) in exchangeBytes.enumerated() {
                guard let at = Bytes.find(exchange, in: bytes, from: searchFrom) else { continue }
                if let current = best, current.offset <= at { continue }
                best = (at, k)
            }
            guard let (offset, k) = best else { break }
            let exchange = exchanges[k]
            let upperBound = text.utf8.index(text.utf8.startIndex, offsetBy: offset + exchangeBytes[k].count)
            var rest = text[upperBound...].drop { $0 == " " }
            if rest.first == ":" {
                rest = rest.dropFirst().drop { $0 == " " }
                let symbol = rest.prefix { $0.isUppercase || $0.isNumber || $0 == "." }
                let trimmedSymbol = symbol.hasSuffix(".") ? symbol.dropLast() : symbol
                if !trimmedSymbol.isEmpty {
                    let ticker = Ticker(exchange: exchange.uppercased(), symbol: String(trimmedSymbol))
                    if !result.contains(ticker) { result.append(ticker) }
                }
            }
            searchFrom = offset + exchangeBytes[k].count
        }
        return result
    }

    /// The period named in the dateline: "third quarter ended September 30, 2024",
    /// "fiscal year ended …", "six months ended …".
    static func fiscalPeriod(in text: String) -> (Period, String)? {
        let lower = text.lowercased()
        for (phrase, months) in [("quarter ended", 3), ("quarter ending", 3), ("six months ended", 6), ("half year ended", 6),
                                 ("nine months ended", 9), ("year ended", 12)] {
            guard let range = lower.range(of: phrase) else { continue }
            let offset = lower.distance(from: lower.startIndex, to: range.upperBound)
            let after = String(text.dropFirst(offset)).trimmingSpaces
            guard let (end, _) = readProseDate(after) else { continue }
            let before = lower[..<range.lowerBound]
            let period = Period.duration(start: end.startOfPeriod(months: months), end: end)
            switch months {
            case 3:
                let quarter = ordinals.first { before.hasSuffix("\($0.word) ") || before.hasSuffix("\($0.word) fiscal ") }?.number
                    ?? ((end.month - 1) / 3 + 1)
                return (period, "Q\(quarter) \(end.year)")
            case 6: return (period, "H1 \(end.year)")
            case 9: return (period, "9M \(end.year)")
            default: return (period, "FY \(end.year)")
            }
        }
        return nil
    }

    /// "RMB7.0176 to US$1.00" or "US$1.00 = RMB7.0176", with the date "in effect on …" / "as of …".
    /// A cheap byte test for "… to US$1…" or "…1.00 = …": a one within a few bytes after
    /// " to " or before "=". Most prose lines fail it and are never scanned character by character.
    static func mayStateRate(_ bytes: [UInt8]) -> Bool {
        let one = UInt8(ascii: "1")
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "="), bytes[max(0, i - 8)..<i].contains(one) { return true }
            if i + 4 <= bytes.count, bytes[i] == 32, bytes[i + 1] == UInt8(ascii: "t"), bytes[i + 2] == UInt8(ascii: "o"), bytes[i + 3] == 32,
               bytes[(i + 4)..<min(bytes.count, i + 12)].contains(one) {
                return true
            }
            i += 1
        }
        return false
    }

    static func convenienceRate(in source: SourceText) -> ConvenienceRate? {
        // Only lines that could state a rate: " to " or "=" next to a one.
        for line in source.lines where !line.hasTab && mayStateRate(Array(line.text.utf8)) {
            let prose = ProseText(line: line.number, raw: line.text)
            let count = prose.count
            var i = 0
            while i < count {
                if let (from, afterSign) = FigureScanner.currency(at: i, in: prose),
                   let number = FigureScanner.readNumber(at: afterSign, in: prose) {
                    // What follows the amount, compared on bytes: making a string of the rest of the line at every amount was costly.
                    let ascii = prose.ascii
                    let continues = { (text: String) in ascii[number.end...].starts(with: Array(text.utf8)) }
                    if continues(" to "), let (to, toEnd) = FigureScanner.currency(at: number.end + 4, in: prose),
                       let one = FigureScanner.readNumber(at: toEnd, in: prose), one.value == 1, to != from {
                        let sentence = prose.string(one.end..<count)
                        let date = date(after: "in effect on", in: sentence) ?? date(after: "as of", in: sentence) ?? date(after: "on", in: sentence)
                        return ConvenienceRate(from: from, to: to, rate: number.value, date: date,
                                               source: SourceLocation(file: source.file, line: line.number, column: prose.column(at: i)))
                    }
                    if number.value == 1, continues(" = ") || continues("=") {
                        let k = number.end + (continues("=") ? 1 : 2)
                        var s = k
                        while s < count, prose.ascii[s] == UInt8(ascii: " ") { s += 1 }
                        if let (fromCode, afterFrom) = FigureScanner.currency(at: s, in: prose),
                           let rate = FigureScanner.readNumber(at: afterFrom, in: prose), fromCode != from {
                            let sentence = prose.string(rate.end..<count)
                            let date = date(after: "in effect on", in: sentence) ?? date(after: "as of", in: sentence)
                            return ConvenienceRate(from: fromCode, to: from, rate: rate.value, date: date,
                                                   source: SourceLocation(file: source.file, line: line.number, column: prose.column(at: s)))
                        }
                    }
                }
                i += 1
            }
        }
        return nil
    }

    /// Links in angle brackets or bare, investor-relations sites first.
    static func links(in source: SourceText) -> [String] {
        var found: [String] = []
        for line in source.lines where line.text.includes("http") {
            var rest = Substring(line.text)
            while let r = rest.range(of: "http") {
                let url = rest[r.lowerBound...].prefix { !" <>)\t\"”".contains($0) }
                var link = String(url)
                while link.hasSuffix(".") || link.hasSuffix(",") { link.removeLast() }
                if !found.contains(link) { found.append(link) }
                rest = rest[r.upperBound...]
            }
        }
        let investor = found.filter { $0.contains("://ir.") || $0.lowercased().contains("investor") }
        return investor + found.filter { !investor.contains($0) }
    }

    /// "… Announces … Results" or "… Reports … Results".
    static func headline(in source: SourceText, before line: Int) -> String? {
        for candidate in source.lines where candidate.number < line && !candidate.hasTab {
            var text = LabelText.clean(candidate.text).label
            // A markdown heading: "# Acme Reports … Results".
            if text.hasPrefix("#") { text = text.drop { $0 == "#" }.trimmingSpaces }
            let lower = text.lowercased()
            // Foundation's `contains` only finds "results" where its bytes are: most lines are ruled out by a byte search.
            guard lower.includes("results") else { continue }
            if (lower.contains("announces") || lower.contains("reports")) && lower.contains("results") && text.count < 200 {
                return text
            }
        }
        return nil
    }
}
