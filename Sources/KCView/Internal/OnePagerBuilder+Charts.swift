import Foundation
import KCModel

extension OnePagerBuilder {
    /// Stacked revenues by segment for every quarter slot, totals on top.
    func revenueMixChart() -> BarChart? {
        let slots = periods.trend
        let members = facts.members(of: "Revenues")
        let parts: [(name: String, member: String?)] = members.isEmpty
            ? [(facts.label("Revenues", fallback: "Total revenues"), nil)]
            : members.map { (facts.label("Revenues", member: $0, fallback: $0), $0) }
        let series = parts.map { part in
            BarSeries(name: part.name,
                      values: slots.map { facts.value("Revenues", $0, member: part.member).map { FactReader.double(format.displayed($0)) } },
                      labels: slots.map { _ in nil })
        }
        let totals = slots.map { facts.value("Revenues", $0).map { format.signed($0) } }
        let categories = slots.map { periods.shortLabel($0) }
        let missing = zip(categories, totals).filter { $0.1 == nil }.map(\.0)
        var description = "Stacked bars of revenues by segment (\(FactReader.list(parts.map(\.name)))) for each quarter from "
            + "\(periods.label(slots.first ?? periods.current)) to \(periods.label(periods.current)), \(format.unitNote); "
            + "total revenues were \(totals.last.flatMap { $0 } ?? DisplayFormat.missing) in \(periods.label(periods.current))."
        if !missing.isEmpty {
            description += " The release gives no figures for \(FactReader.list(missing))."
        }
        return BarChart(id: "revenue-mix", title: "Revenue mix by quarter", description: description, kind: .stacked, axis: .amount,
                        unitNote: format.unitNote, categories: categories, series: series, totals: totals)
    }

    /// Gross, adjusted gross and adjusted EBITDA margins by quarter, grouped, labelled.
    func marginChart() -> BarChart? {
        let slots = periods.trend
        let specs: [(concept: String, numerator: String, fallback: String)] = [
            ("GrossMargin", "GrossProfit", "Gross margin"),
            ("AdjustedGrossMargin", "AdjustedGrossProfit", "Adjusted gross margin"),
            ("AdjustedEBITDAMargin", "AdjustedEBITDA", "Adjusted EBITDA margin"),
        ]
        var series: [BarSeries] = []
        var latest: [String] = []
        for spec in specs {
            let values = slots.map { facts.margin(spec.concept, numerator: spec.numerator, $0) }
            guard values.contains(where: { $0 != nil }) else { continue }
            let name = facts.label(spec.concept, fallback: spec.fallback)
            series.append(BarSeries(name: name, values: values.map { $0.map(FactReader.double) },
                                    labels: values.map { $0.map { DisplayFormat.percent($0) } }))
            if let last = values.last, let last {
                latest.append("\(FactReader.lowercasedFirst(name)) \(DisplayFormat.percent(last))")
            }
        }
        guard !series.isEmpty else { return nil }
        let description = "Grouped bars of \(FactReader.list(series.map { FactReader.lowercasedFirst($0.name) })) for each quarter from "
            + "\(periods.label(slots.first ?? periods.current)) to \(periods.label(periods.current)); bars below the zero line are negative margins."
            + (latest.isEmpty ? "" : " In \(periods.label(periods.current)): \(FactReader.list(latest)).")
        return BarChart(id: "margins", title: "Margin progression", description: description, kind: .grouped, axis: .percent,
                        unitNote: nil, categories: slots.map { periods.shortLabel($0) }, series: series, totals: slots.map { _ in nil })
    }
}
