/// Relations between concepts that hold in every release, kept as data:
/// `result = Σ coefficient × term`. A term marked optional counts as zero when
/// the release does not print it; a missing required term skips the check.
struct Identity: Sendable {
    enum When: Sendable {
        /// The term's period is the result's period.
        case same
        /// For a duration result: the instant at the end of the period.
        case periodEnd
        /// For a duration result: the instant on the day before the period starts.
        case beforeStart
        /// For an instant result: the flows of the three-month period ending on it.
        case quarterEnding
    }

    struct Term: Sendable {
        var concept: String
        var coefficient: Int = 1
        var optional = false
        var when: When = .same
        /// Concepts that stand in for this one when the release does not print it.
        var otherwise: [String] = []
    }

    var name: String
    var result: String
    var resultWhen: When = .same
    var terms: [Term]
    /// Evaluated for every period in which this concept is reported.
    var periodsOf: String
}

let identities: [Identity] = [
    // Statement of operations
    Identity(name: "gross profit = revenues − cost of revenues", result: "GrossProfit",
             terms: [.init(concept: "Revenues"), .init(concept: "CostOfRevenue", coefficient: -1)], periodsOf: "GrossProfit"),
    Identity(name: "operating income = gross profit − operating expenses", result: "OperatingIncomeLoss",
             terms: [.init(concept: "GrossProfit"), .init(concept: "OperatingExpenses", coefficient: -1)], periodsOf: "OperatingIncomeLoss"),
    Identity(name: "net income = income before tax − income tax", result: "ProfitLoss",
             terms: [.init(concept: "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"),
                     .init(concept: "IncomeTaxExpenseBenefit", coefficient: -1)], periodsOf: "ProfitLoss"),
    Identity(name: "net income = attributable to the company + to non-controlling interests", result: "ProfitLoss",
             terms: [.init(concept: "NetIncomeLoss"), .init(concept: "NetIncomeLossAttributableToNoncontrollingInterest")], periodsOf: "ProfitLoss"),
    Identity(name: "comprehensive income = attributable to the company + to non-controlling interests",
             result: "ComprehensiveIncomeNetOfTaxIncludingPortionAttributableToNoncontrollingInterest",
             terms: [.init(concept: "ComprehensiveIncomeNetOfTax"), .init(concept: "ComprehensiveIncomeNetOfTaxAttributableToNoncontrollingInterest")],
             periodsOf: "ComprehensiveIncomeNetOfTaxIncludingPortionAttributableToNoncontrollingInterest"),
    // Balance sheet
    Identity(name: "total assets = current + non-current assets", result: "Assets",
             terms: [.init(concept: "AssetsCurrent"), .init(concept: "AssetsNoncurrent")], periodsOf: "Assets"),
    Identity(name: "total liabilities = current + non-current liabilities", result: "Liabilities",
             terms: [.init(concept: "LiabilitiesCurrent"), .init(concept: "LiabilitiesNoncurrent")], periodsOf: "Liabilities"),
    Identity(name: "total equity = equity of the company + non-controlling interests",
             result: "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest",
             terms: [.init(concept: "StockholdersEquity"), .init(concept: "MinorityInterest", optional: true)],
             periodsOf: "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest"),
    Identity(name: "liabilities and equity = liabilities + mezzanine + total equity", result: "LiabilitiesAndStockholdersEquity",
             terms: [.init(concept: "Liabilities"), .init(concept: "TemporaryEquityCarryingAmountAttributableToParent", optional: true),
                     .init(concept: "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest", otherwise: ["StockholdersEquity"])],
             periodsOf: "LiabilitiesAndStockholdersEquity"),
    Identity(name: "total assets = total liabilities and equity", result: "Assets",
             terms: [.init(concept: "LiabilitiesAndStockholdersEquity")], periodsOf: "Assets"),
    // Cash flow
    Identity(name: "net change in cash = operating + investing + financing + exchange-rate effect",
             result: "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseIncludingExchangeRateEffect",
             terms: [.init(concept: "NetCashProvidedByUsedInOperatingActivities"),
                     .init(concept: "NetCashProvidedByUsedInInvestingActivities"),
                     .init(concept: "NetCashProvidedByUsedInFinancingActivities"),
                     .init(concept: "EffectOfExchangeRateOnCashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents", optional: true)],
             periodsOf: "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseIncludingExchangeRateEffect"),
    Identity(name: "cash at end = cash at beginning + net change",
             result: "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents", resultWhen: .periodEnd,
             terms: [.init(concept: "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents", when: .beforeStart),
                     .init(concept: "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseIncludingExchangeRateEffect")],
             periodsOf: "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseIncludingExchangeRateEffect"),
    Identity(name: "cash and restricted cash in the cash flow = the balance sheet's",
             result: "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents",
             terms: [.init(concept: "CashAndCashEquivalentsAtCarryingValue"), .init(concept: "RestrictedCashCurrent", optional: true),
                     .init(concept: "RestrictedCashNoncurrent", optional: true), .init(concept: "RestrictedCash", optional: true)],
             periodsOf: "CashAndCashEquivalentsAtCarryingValue"),
]
