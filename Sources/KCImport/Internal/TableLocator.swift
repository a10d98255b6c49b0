/// Finds the tab-separated tables of a release and the title lines above each.
struct TableLocator {
    struct RawCell {
        let text: String
        /// 1-based column of the cell's first character.
        let column: Int
    }

    struct RawRow {
        let line: Int
        let cells: [RawCell]
        var label: String { cells.first?.text ?? "" }
        var values: ArraySlice<RawCell> { cells.dropFirst() }
    }

    struct RawTable {
        /// Non-table lines just above the table: company, title, scale note.
        let titleLines: [SourceText.Line]
        let rows: [RawRow]
        /// First line of the table proper.
        var firstLine: Int { rows.first?.line ?? 0 }
    }

    /// A paragraph is a table when at least two of its lines hold tabs. Its leading
    /// lines without tabs are its title; otherwise the short paragraph just above is.
    static func tables(in source: SourceText) -> [RawTable] {
        let paragraphs = source.paragraphs
        var tables: [RawTable] = []
        for (index, paragraph) in paragraphs.enumerated() {
            guard paragraph.filter(\.hasTab).count >= 2 else { continue }
            guard let firstTab = paragraph.firstIndex(where: \.hasTab) else { continue }
            var title = Array(paragraph[..<firstTab])
            if title.isEmpty, index > 0 {
                let above = paragraphs[index - 1]
                if above.count <= 4, !above.contains(where: \.hasTab), above.allSatisfy({ $0.text.count <= 200 }) {
                    title = above
                }
            }
            let rows = paragraph[firstTab...].map(split)
            tables.append(RawTable(titleLines: title, rows: rows))
        }
        return tables
    }

    static func split(_ line: SourceText.Line) -> RawRow {
        if let row = splitASCII(line) { return row }
        var cells: [RawCell] = []
        var column = 1
        for piece in line.text.split(separator: "\t", omittingEmptySubsequences: false) {
            let leading = piece.prefix(while: { $0 == " " }).count
            cells.append(RawCell(text: piece.trimmingSpaces, column: column + leading))
            column += piece.count + 1
        }
        return RawRow(line: line.number, cells: cells)
    }

    /// `split` for the common all-ASCII line, on bytes: without a carriage
    /// return (which joins a line feed) every byte is one character, so byte
    /// offsets are the character columns.
    static func splitASCII(_ line: SourceText.Line) -> RawRow? {
        let bytes = Array(line.text.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 && $0 != 13 }) else { return nil }
        var cells: [RawCell] = []
        var start = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: 9) ?? bytes.count
            var lo = start
            var hi = end
            while lo < hi, bytes[lo] == 32 { lo += 1 }
            while hi > lo, bytes[hi - 1] == 32 { hi -= 1 }
            cells.append(RawCell(text: String(decoding: bytes[lo..<hi], as: UTF8.self), column: lo + 1))
            start = end + 1
        }
        return RawRow(line: line.number, cells: cells)
    }
}
