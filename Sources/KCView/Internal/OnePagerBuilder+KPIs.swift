import Foundation
import KCModel

extension OnePagerBuilder {
    /// Concepts read as the net result, in order of preference.
    static let netResult = ["ProfitLoss", "NetIncomeLoss"]
    static let operatingCashFlow = "NetCashProvidedByUsedInOperatingActivities"
    static let cash = "CashAndCashEquivalentsAtCarryingValue"

    func kpiTiles() -> [KPITile] {
        let current = periods.current
        var tiles: [KPITile] = []
        func flow(_ concept: String, label: String, note: String? = nil) {
            guard let value = facts.value(concept, current) else { return }
            tiles.append(KPITile(label: label, value: format.signed(value), unit: "\(format.symbol.trimmingCharacters(in: .whitespaces)) \(format.scaleWord)",
                                 amount: format.prose(value), note: note, changes: flowChanges(concept)))
        }
        flow("Revenues", label: "Total revenues")
        flow("GrossProfit", label: "Gross profit",
             note: facts.margin("GrossMargin", numerator: "GrossProfit", current).map { "Gross margin \(DisplayFormat.percent($0))" })
        if let value = facts.value("AdjustedEBITDA", current) {
            flow("AdjustedEBITDA", label: value < 0 ? "Adjusted EBITDA (negative)" : "Adjusted EBITDA",
                 note: facts.margin("AdjustedEBITDAMargin", numerator: "AdjustedEBITDA", current).map { "Margin \(DisplayFormat.percent($0))" })
        }
        if let concept = facts.first(OnePagerBuilder.netResult, current), let value = facts.value(concept, current) {
            flow(concept, label: value < 0 ? "Net loss" : "Net income")
        }
        if let value = facts.value("AdjustedNetIncomeLoss", current) {
            flow("AdjustedNetIncomeLoss", label: value < 0 ? "Adjusted net loss" : "Adjusted net income")
        }
        flow(OnePagerBuilder.operatingCashFlow, label: "Operating cash flow")
        if let tile = cashTile() { tiles.append(tile) }
        return tiles
    }

    func flowChanges(_ concept: String) -> [ChangeView] {
        let current = facts.value(concept, periods.current)
        var changes: [ChangeView] = []
        if let yearAgo = periods.yearAgo, let change = change(current, from: facts.value(concept, yearAgo), basis: "YoY", basisLong: "year over year") {
            changes.append(change)
        }
        if let prior = periods.prior, let change = change(current, from: facts.value(concept, prior), basis: "QoQ", basisLong: "quarter over quarter") {
            changes.append(change)
        }
        return changes
    }

    /// Cash at the end of the period, compared with a year before when the model has it, else with the latest earlier balance.
    func cashTile() -> KPITile? {
        let end = periods.current.end
        guard let value = facts.value(OnePagerBuilder.cash, .instant(end)) else { return nil }
        let earlier = model.periods(of: OnePagerBuilder.cash).filter { $0.isInstant && $0.end < end }
        let yearBefore = ReportPeriods.shifted(.instant(end), byMonths: -12)
        var changes: [ChangeView] = []
        if earlier.contains(yearBefore),
           let change = change(value, from: facts.value(OnePagerBuilder.cash, yearBefore), basis: "YoY", basisLong: "year over year") {
            changes.append(change)
        } else if let latest = earlier.max(),
                  let change = change(value, from: facts.value(OnePagerBuilder.cash, latest),
                                      basis: "vs \(ReportPeriods.shortDate(latest.end))", basisLong: "since \(ReportPeriods.longDate(latest.end))") {
            changes.append(change)
        }
        return KPITile(label: "Cash and equivalents", value: format.signed(value), unit: "\(format.symbol.trimmingCharacters(in: .whitespaces)) \(format.scaleWord)",
                       amount: format.prose(value), note: "At \(ReportPeriods.longDate(end))", changes: changes)
    }
}
