import KCModel

/// What the header rows say about one column, gathered row by row.
struct PartialColumn {
    var months: Int?
    var instant = false
    var date: Day?
    var monthDay: (month: Int, day: Int)?
    var year: Int?
    var currency: String?
    var texts: [String] = []
    var location: SourceLocation?

    var resolvedDate: Day? {
        if let date { return date }
        if let md = monthDay, let year, md.day <= Day.daysIn(month: md.month, year: year) {
            return Day(year: year, month: md.month, day: md.day)
        }
        return nil
    }
}

extension ColumnHeaders {
    /// One spec per value column, or the reasons a column could not be read.
    static func resolve(headerRows: [TableLocator.RawRow], columnCount: Int, kind: StatementKind,
                        tableTitle: String, file: String) -> (specs: [Spec], errors: [Diagnostic]) {
        var columns = Array(repeating: PartialColumn(), count: columnCount)
        // Each header cell classified once, for the loop below and for realignGroups.
        let cellInfos = headerRows.map { row in row.values.map { classify($0.text) } }
        for (row, infos) in zip(headerRows, cellInfos) {
            let values = Array(row.values)
            // A period group spans from its cell to the next group cell of the same row.
            var spanMonths: Int?
            var spanInstant = false
            // A month and day printed once over the year columns it heads ("June 30," over
            // "2025  2024") spans the empty cells after it, like a group does.
            var spanMonthDay: (month: Int, day: Int, text: String)?
            // The text of the last group cell so far, which the span's empty cells repeat.
            var groupText: String?
            for index in 0..<columnCount {
                let cell = index < values.count ? values[index] : nil
                let info = index < infos.count ? infos[index] : CellInfo()
                if let cell, info.months != nil || info.isInstantGroup {
                    spanMonths = info.months
                    spanInstant = info.isInstantGroup
                    groupText = LabelText.clean(cell.text).label
                }
                var carriedText: String?
                if let cell, !cell.text.isEmpty {
                    spanMonthDay = info.monthDay.map { ($0.month, $0.day, LabelText.clean(cell.text).label) }
                } else if let carried = spanMonthDay, columns[index].monthDay == nil {
                    columns[index].monthDay = (carried.month, carried.day)
                    carriedText = carried.text
                }
                if let months = spanMonths { columns[index].months = months }
                if spanInstant { columns[index].instant = true }
                if let date = info.date { columns[index].date = date }
                if let md = info.monthDay { columns[index].monthDay = md }
                if let year = info.year { columns[index].year = year }
                if let currency = info.currency { columns[index].currency = currency }
                if let cell, !cell.text.isEmpty {
                    columns[index].texts.append(LabelText.clean(cell.text).label)
                    if columns[index].location == nil {
                        columns[index].location = SourceLocation(file: file, line: row.line, column: cell.column)
                    }
                } else if let carriedText {
                    columns[index].texts.append(carriedText)
                } else if spanMonths != nil || spanInstant, let groupText {
                    columns[index].texts.append(groupText)
                }
            }
        }
        realignGroups(&columns, cellInfos: cellInfos)
        var specs: [Spec] = []
        var errors: [Diagnostic] = []
        let firstLine = headerRows.first?.line ?? 0
        for (index, column) in columns.enumerated() {
            let location = column.location ?? SourceLocation(file: file, line: headerRows.last?.line ?? firstLine, column: 1)
            guard let end = column.resolvedDate else {
                errors.append(Diagnostic(.error, "column \(index + 1) of '\(tableTitle)' has no date in its header; expected a date such as 'Sep 30, 2024' above its figures", at: location))
                continue
            }
            let period: Period
            if let months = column.months {
                period = .duration(start: end.startOfPeriod(months: months), end: end)
            } else if column.instant || kind == .balanceSheet {
                period = .instant(end)
            } else {
                errors.append(Diagnostic(.error, "column \(index + 1) of '\(tableTitle)' has a date but no period length; expected a group such as 'Three Months Ended' above '\(end)'", at: location))
                continue
            }
            specs.append(Spec(period: period, currency: column.currency, header: column.texts.joined(separator: " / "), location: location))
        }
        return (specs, errors)
    }
}

extension ColumnHeaders {
    /// Group labels ("Three Months Ended", "Nine Months Ended") are often off by a
    /// cell or centred in plain-text exports. When the dates fall into as many
    /// ordered runs as there are group labels, each run takes its group, in order.
    /// `cellInfos` holds the classified cells of each header row.
    static func realignGroups(_ columns: inout [PartialColumn], cellInfos: [[CellInfo]]) {
        guard let groupRow = cellInfos.first(where: { row in row.filter { $0.months != nil }.count >= 2 }) else { return }
        let groups = groupRow.compactMap(\.months)
        let dates = columns.map(\.resolvedDate)
        guard dates.allSatisfy({ $0 != nil }) else { return }
        let runs = orderedRuns(dates.compactMap { $0 })
        guard runs.count == groups.count else { return }
        for (run, months) in zip(runs, groups) {
            for index in run { columns[index].months = months }
        }
    }

    /// Splits a sequence of dates into maximal runs that move in one direction.
    static func orderedRuns(_ dates: [Day]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        var direction = 0
        for i in 1..<max(dates.count, 1) {
            let step = dates[i] == dates[i - 1] ? 0 : (dates[i] > dates[i - 1] ? 1 : -1)
            if step == 0 { continue }
            if direction == 0 { direction = step; continue }
            if step != direction {
                runs.append(start..<i)
                start = i
                direction = 0
            }
        }
        if !dates.isEmpty { runs.append(start..<dates.count) }
        return runs
    }
}
