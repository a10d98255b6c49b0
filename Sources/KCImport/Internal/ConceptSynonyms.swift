import KCModel

/// How row labels map to concepts. This file is data: to teach kcreport a new
/// label, add it to `labels` of the right entry (labels are compared after
/// `LabelKey` normalisation: lower case, plain apostrophes, no footnote
/// markers, no "(Non-GAAP Financial Measure)", the company's own name as
/// `{company}`, "loss"/"profit" read as "income").
struct ConceptEntry: Sendable {
    /// How the printed sign relates to the fact's sign.
    enum Sign: Sendable {
        /// The fact is as printed (revenues, net income (loss), cash flows).
        case asPrinted
        /// An expense or other deduction, filed positive: printed negative in
        /// tables that show deductions in parentheses, positive in others.
        case deduction
        /// Printed with the opposite sign of the fact, whatever the table does:
        /// "Income tax (expense) benefit" prints an expense in parentheses.
        case inverted
    }

    /// Where a cash-flow balance row stands: at the start or end of its period.
    enum Instant: Sendable { case periodStart, periodEnd }

    var labels: [String]
    var concept: String
    /// The row applies only under a section whose label contains one of these.
    var sections: [String] = []
    var sign: Sign = .asPrinted
    var measure: Measure = .monetary
    /// Takes `Current` / `Noncurrent` from the balance-sheet section it stands in.
    var classified = false
    /// Rows under a section with this concept that match no entry are its segment members.
    var hasMembers = false
    var instant: Instant?
    /// Filed as a subtotal or total of the rows above it.
    var total = false
}

/// Label rewrites applied before lookup, so families of wording share one entry.
let labelRewrites: [(from: String, to: String)] = [
    ("net cash generated from (used in)", "net cash from"),
    ("net cash provided by (used in)", "net cash from"),
    ("net cash (used in) provided by", "net cash from"),
    ("net cash (used in) generated from", "net cash from"),
    ("net cash generated from", "net cash from"),
    ("net cash provided by", "net cash from"),
    ("net cash used in", "net cash from"),
    ("net cash (used in)", "net cash from"),
    ("net cash inflow from", "net cash from"),
    ("net cash outflow from", "net cash from"),
    ("net (decrease) increase", "net change"),
    ("net increase (decrease)", "net change"),
    ("net decrease", "net change"),
    ("net increase", "net change"),
    ("(loss) income", "income"),
    ("income (loss)", "income"),
    ("(loss) profit", "income"),
    ("profit (loss)", "income"),
    ("net loss", "net income"),
    ("net profit", "net income"),
    ("operating loss", "operating income"),
    ("operating profit", "operating income"),
    ("loss from operations", "operating income"),
    ("loss before", "income before"),
    ("profit before", "income before"),
    ("income from operations", "operating income"),
    ("comprehensive loss", "comprehensive income"),
    ("shareholders'", "shareholders"),
    ("stockholders'", "shareholders"),
    ("stockholders", "shareholders"),
    ("(non-gaap financial measure)", ""),
    ("(non-gaap)", ""),
    ("non-gaap ", "adjusted "),
]

let conceptEntries: [ConceptEntry] = [
    // Income statement
    ConceptEntry(labels: ["revenues", "total revenues", "total net revenues", "revenues, net", "net revenues",
                          "total revenue", "revenue", "total net sales", "net sales", "sales", "total sales"],
                 concept: "Revenues", hasMembers: true, total: true),
    ConceptEntry(labels: ["cost of revenues", "cost of revenue", "total cost of revenues", "cost of sales", "cost of goods sold",
                          "total cost of sales"],
                 concept: "CostOfRevenue", sign: .deduction, hasMembers: true),
    ConceptEntry(labels: ["gross profit", "gross income", "gross (loss) profit", "gross profit (loss)"], concept: "GrossProfit", total: true),
    ConceptEntry(labels: ["selling and marketing expenses", "sales and marketing expenses", "selling and marketing",
                          "sales and marketing", "selling expenses"],
                 concept: "SellingAndMarketingExpense", sign: .deduction),
    ConceptEntry(labels: ["general and administrative expenses", "general and administrative", "administrative expenses"],
                 concept: "GeneralAndAdministrativeExpense", sign: .deduction),
    ConceptEntry(labels: ["research and development expenses", "research and development", "product development expenses",
                          "technology and development expenses"],
                 concept: "ResearchAndDevelopmentExpense", sign: .deduction),
    ConceptEntry(labels: ["impairment of long-lived assets", "impairment of long lived assets", "impairment loss on long-lived assets"],
                 concept: "ImpairmentOfLongLivedAssetsHeldForUse", sign: .deduction),
    ConceptEntry(labels: ["impairment of goodwill", "goodwill impairment"], concept: "GoodwillImpairmentLoss", sign: .deduction),
    ConceptEntry(labels: ["restructuring charges", "restructuring costs", "restructuring expenses", "restructuring"],
                 concept: "RestructuringCharges", sign: .deduction),
    ConceptEntry(labels: ["operating expenses", "total operating expenses"], concept: "OperatingExpenses", sign: .deduction, total: true),
    ConceptEntry(labels: ["operating income", "income from operations"], concept: "OperatingIncomeLoss", total: true),
    ConceptEntry(labels: ["interest income"], concept: "InvestmentIncomeInterest"),
    ConceptEntry(labels: ["interest expense", "interest expenses", "finance costs"], concept: "InterestExpense", sign: .deduction),
    ConceptEntry(labels: ["foreign exchange gain (loss)", "foreign exchange (loss) gain", "foreign exchange gain", "foreign exchange loss",
                          "foreign exchange gain (loss), net", "foreign exchange (loss) gain, net", "exchange gain (loss)"],
                 concept: "ForeignCurrencyTransactionGainLossBeforeTax"),
    ConceptEntry(labels: ["other gain (loss), net", "other (loss) gain, net", "other gain, net", "other loss, net", "other gains (losses), net"],
                 concept: "OtherNonoperatingGainsLosses"),
    ConceptEntry(labels: ["other income (expense), net", "other (expense) income, net", "other income, net", "other expense, net",
                          "total other income (expense), net"],
                 concept: "NonoperatingIncomeExpense"),
    ConceptEntry(labels: ["income before income taxes", "income before income tax", "income before taxes",
                          "income before income tax expense", "income before provision for income taxes"],
                 concept: "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest", total: true),
    ConceptEntry(labels: ["income tax (expense) benefit", "income tax (expense)/benefit", "income tax (expense) credit"],
                 concept: "IncomeTaxExpenseBenefit", sign: .inverted),
    ConceptEntry(labels: ["income tax expense (benefit)", "income tax expense", "income tax", "income taxes", "provision for income taxes",
                          "income tax (benefit) expense"],
                 concept: "IncomeTaxExpenseBenefit", sign: .deduction),
    ConceptEntry(labels: ["net income"], concept: "ProfitLoss", total: true),
    ConceptEntry(labels: ["net income attributable to non-controlling interests", "net income attributable to noncontrolling interests",
                          "net income attributable to non-controlling interest"],
                 concept: "NetIncomeLossAttributableToNoncontrollingInterest"),
    ConceptEntry(labels: ["net income attributable to {company}", "net income attributable to {company} shareholders",
                          "net income attributable to ordinary shareholders", "net income attributable to the company",
                          "net income attributable to shareholders of the company"],
                 concept: "NetIncomeLoss", total: true),
    ConceptEntry(labels: ["basic and diluted", "weighted average number of ordinary shares, basic and diluted"],
                 concept: "WeightedAverageNumberOfShareOutstandingBasicAndDiluted", sections: ["shares used", "weighted average", "number of shares"],
                 measure: .shares),
    ConceptEntry(labels: ["basic"], concept: "WeightedAverageNumberOfSharesOutstandingBasic",
                 sections: ["shares used", "weighted average", "number of shares"], measure: .shares),
    ConceptEntry(labels: ["diluted"], concept: "WeightedAverageNumberOfDilutedSharesOutstanding",
                 sections: ["shares used", "weighted average", "number of shares"], measure: .shares),
    ConceptEntry(labels: ["basic and diluted", "net income per share, basic and diluted", "basic and diluted net income per share"],
                 concept: "EarningsPerShareBasicAndDiluted", sections: ["per share", "per ordinary share", ""], measure: .perShare),
    ConceptEntry(labels: ["basic", "basic net income per share"], concept: "EarningsPerShareBasic", sections: ["per share", ""], measure: .perShare),
    ConceptEntry(labels: ["diluted", "diluted net income per share"], concept: "EarningsPerShareDiluted", sections: ["per share", ""], measure: .perShare),
    ConceptEntry(labels: ["foreign currency translation adjustments", "foreign currency translation adjustment"],
                 concept: "OtherComprehensiveIncomeForeignCurrencyTransactionAndTranslationAdjustmentNetOfTax"),
    ConceptEntry(labels: ["comprehensive income", "total comprehensive income"],
                 concept: "ComprehensiveIncomeNetOfTaxIncludingPortionAttributableToNoncontrollingInterest", total: true),
    ConceptEntry(labels: ["comprehensive income attributable to non-controlling interests", "comprehensive income attributable to noncontrolling interests"],
                 concept: "ComprehensiveIncomeNetOfTaxAttributableToNoncontrollingInterest"),
    ConceptEntry(labels: ["comprehensive income attributable to {company} shareholders", "comprehensive income attributable to {company}",
                          "comprehensive income attributable to ordinary shareholders", "comprehensive income attributable to the company"],
                 concept: "ComprehensiveIncomeNetOfTax", total: true),

    // Balance sheet
    ConceptEntry(labels: ["cash and cash equivalents", "cash and equivalents"], concept: "CashAndCashEquivalentsAtCarryingValue"),
    ConceptEntry(labels: ["restricted cash"], concept: "RestrictedCash", classified: true),
    ConceptEntry(labels: ["short-term investments", "short term investments"], concept: "ShortTermInvestments"),
    ConceptEntry(labels: ["accounts receivable, net", "accounts receivable", "trade receivables", "accounts and notes receivable, net"],
                 concept: "AccountsReceivableNetCurrent"),
    ConceptEntry(labels: ["prepayments and other assets", "prepayments and other current assets", "prepaid expenses and other assets",
                          "prepaid expenses and other current assets"],
                 concept: "PrepaidExpenseAndOtherAssets", classified: true),
    ConceptEntry(labels: ["amounts due from related parties", "amount due from related parties", "due from related parties"],
                 concept: "DueFromRelatedParties", classified: true),
    ConceptEntry(labels: ["inventories", "inventory"], concept: "InventoryNet"),
    ConceptEntry(labels: ["total current assets", "current assets"], concept: "AssetsCurrent", total: true),
    ConceptEntry(labels: ["property and equipment, net", "property, plant and equipment, net", "property and equipment"],
                 concept: "PropertyPlantAndEquipmentNet"),
    ConceptEntry(labels: ["intangible assets, net", "intangible assets"], concept: "IntangibleAssetsNetExcludingGoodwill"),
    ConceptEntry(labels: ["goodwill"], concept: "Goodwill"),
    ConceptEntry(labels: ["equity investments", "long-term investments", "long term investments"], concept: "LongTermInvestments"),
    ConceptEntry(labels: ["operating lease right-of-use assets", "right-of-use assets", "operating lease right of use assets"],
                 concept: "OperatingLeaseRightOfUseAsset"),
    ConceptEntry(labels: ["deferred tax assets"], concept: "DeferredIncomeTaxAssetsNet"),
    ConceptEntry(labels: ["other non-current assets", "other noncurrent assets"], concept: "OtherAssetsNoncurrent"),
    ConceptEntry(labels: ["other assets"], concept: "OtherAssets", classified: true),
    ConceptEntry(labels: ["total non-current assets", "total noncurrent assets", "non-current assets"], concept: "AssetsNoncurrent", total: true),
    ConceptEntry(labels: ["total assets"], concept: "Assets", total: true),
    ConceptEntry(labels: ["accounts payable", "trade payables", "accounts and notes payable"], concept: "AccountsPayableCurrent"),
    ConceptEntry(labels: ["accrued expenses and other current liabilities", "accrued expenses and other liabilities",
                          "accrued liabilities and other payables"],
                 concept: "AccruedLiabilitiesAndOtherLiabilitiesCurrent"),
    ConceptEntry(labels: ["short-term borrowings", "short term borrowings", "short-term bank loans"], concept: "ShortTermBorrowings"),
    ConceptEntry(labels: ["long-term borrowings", "long term borrowings", "long-term bank loans", "long-term debt"],
                 concept: "LongTermDebtNoncurrent"),
    ConceptEntry(labels: ["income tax payable", "income taxes payable"], concept: "AccruedIncomeTaxesCurrent"),
    ConceptEntry(labels: ["amounts due to related parties", "amount due to related parties", "due to related parties"],
                 concept: "DueToRelatedParties", classified: true),
    ConceptEntry(labels: ["current operating lease liabilities", "operating lease liabilities, current"],
                 concept: "OperatingLeaseLiabilityCurrent"),
    ConceptEntry(labels: ["non-current operating lease liabilities", "operating lease liabilities, non-current"],
                 concept: "OperatingLeaseLiabilityNoncurrent"),
    ConceptEntry(labels: ["operating lease liabilities"], concept: "OperatingLeaseLiability", classified: true),
    ConceptEntry(labels: ["deferred tax liabilities"], concept: "DeferredIncomeTaxLiabilitiesNet"),
    ConceptEntry(labels: ["deferred revenue, current", "current deferred revenue", "deferred revenues, current"],
                 concept: "ContractWithCustomerLiabilityCurrent"),
    ConceptEntry(labels: ["deferred revenue, non-current", "deferred revenue, noncurrent", "non-current deferred revenue",
                          "deferred revenues, non-current"],
                 concept: "ContractWithCustomerLiabilityNoncurrent"),
    ConceptEntry(labels: ["deferred revenue", "deferred revenues", "contract liabilities"], concept: "ContractWithCustomerLiability",
                 classified: true),
    ConceptEntry(labels: ["other liabilities"], concept: "OtherLiabilities", classified: true),
    ConceptEntry(labels: ["total current liabilities"], concept: "LiabilitiesCurrent", total: true),
    ConceptEntry(labels: ["total non-current liabilities", "total noncurrent liabilities"], concept: "LiabilitiesNoncurrent", total: true),
    ConceptEntry(labels: ["total liabilities"], concept: "Liabilities", total: true),
    ConceptEntry(labels: ["ordinary shares", "common stock", "class a ordinary shares", "share capital"], concept: "CommonStockValue"),
    ConceptEntry(labels: ["treasury stock", "treasury shares"], concept: "TreasuryStockValue", sign: .deduction),
    ConceptEntry(labels: ["additional paid-in capital", "additional paid in capital"], concept: "AdditionalPaidInCapital"),
    ConceptEntry(labels: ["statutory reserves funds", "statutory reserves", "statutory reserve funds", "statutory surplus reserves"],
                 concept: "StatutoryReserves"),
    ConceptEntry(labels: ["accumulated deficit", "retained earnings", "retained earnings (accumulated deficit)", "accumulated deficits"],
                 concept: "RetainedEarningsAccumulatedDeficit"),
    ConceptEntry(labels: ["accumulated other comprehensive income", "accumulated other comprehensive income, net"],
                 concept: "AccumulatedOtherComprehensiveIncomeLossNetOfTax"),
    // "Total shareholders' equity" excludes non-controlling interests; "Total equity" includes them.
    ConceptEntry(labels: ["total {company} equity", "total equity attributable to {company}", "total equity attributable to the company",
                          "total equity attributable to ordinary shareholders", "total {company} shareholders' equity",
                          "total shareholders' equity", "total {company} stockholders' equity"],
                 concept: "StockholdersEquity", total: true),
    ConceptEntry(labels: ["non-controlling interests", "noncontrolling interests", "non-controlling interest"], concept: "MinorityInterest"),
    ConceptEntry(labels: ["total equity"], concept: "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest", total: true),
    ConceptEntry(labels: ["total liabilities, non-controlling interests and equity", "total liabilities and equity",
                          "total liabilities, mezzanine equity and equity", "total liabilities, noncontrolling interests and equity",
                          "total liabilities and shareholders' equity", "total liabilities, non-controlling interests and shareholders' equity",
                          "total liabilities, noncontrolling interests and shareholders' equity",
                          "total liabilities, mezzanine equity and shareholders' equity"],
                 concept: "LiabilitiesAndStockholdersEquity", total: true),

    // Cash flow
    ConceptEntry(labels: ["net cash from operating activities"], concept: "NetCashProvidedByUsedInOperatingActivities", total: true),
    ConceptEntry(labels: ["net cash from investing activities"], concept: "NetCashProvidedByUsedInInvestingActivities", total: true),
    ConceptEntry(labels: ["net cash from financing activities"], concept: "NetCashProvidedByUsedInFinancingActivities", total: true),
    ConceptEntry(labels: ["effect of exchange rate changes on cash, cash equivalents and restricted cash",
                          "effect of exchange rate changes on cash and cash equivalents", "effect of exchange rate changes"],
                 concept: "EffectOfExchangeRateOnCashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents"),
    // Printed as the cash effect; the element is the increase in operating capital, so the sign flips.
    ConceptEntry(labels: ["changes in operating assets and liabilities", "changes in operating assets and liabilities, net",
                          "net changes in operating assets and liabilities"],
                 concept: "IncreaseDecreaseInOperatingCapital", sign: .inverted),
    ConceptEntry(labels: ["net change in cash, cash equivalents and restricted cash", "net change in cash and cash equivalents"],
                 concept: "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseIncludingExchangeRateEffect",
                 total: true),
    ConceptEntry(labels: ["cash, cash equivalents and restricted cash at beginning of period", "cash and cash equivalents at beginning of period",
                          "cash, cash equivalents and restricted cash at the beginning of period", "cash and cash equivalents, beginning of period"],
                 concept: "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents", instant: .periodStart),
    ConceptEntry(labels: ["cash, cash equivalents and restricted cash at end of period", "cash and cash equivalents at end of period",
                          "cash, cash equivalents and restricted cash at the end of period", "cash and cash equivalents, end of period"],
                 concept: "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents", instant: .periodEnd, total: true),

    // Non-GAAP measures and their reconciling items
    ConceptEntry(labels: ["adjusted gross profit"], concept: "AdjustedGrossProfit", total: true),
    ConceptEntry(labels: ["adjusted operating income"], concept: "AdjustedOperatingIncomeLoss", total: true),
    ConceptEntry(labels: ["adjusted operating income"], concept: "NormalizedAdjustedOperatingIncomeLoss", sections: ["normalized"], total: true),
    ConceptEntry(labels: ["adjusted net income"], concept: "AdjustedNetIncomeLoss", total: true),
    ConceptEntry(labels: ["adjusted ebitda", "ebitda"], concept: "NormalizedAdjustedEBITDA", sections: ["normalized"], total: true),
    ConceptEntry(labels: ["adjusted ebitda", "ebitda"], concept: "AdjustedEBITDA", total: true),
    ConceptEntry(labels: ["share-based compensation expenses", "share-based compensation", "share-based compensation expense",
                          "stock-based compensation", "stock-based compensation expenses"],
                 concept: "ShareBasedCompensation"),
    ConceptEntry(labels: ["share-based compensation expenses (allocated in cost of revenues)", "share-based compensation in cost of revenues",
                          "share-based compensation expenses allocated in cost of revenues"],
                 concept: "ShareBasedCompensationCostOfRevenue"),
    ConceptEntry(labels: ["foreign exchange (gain) loss", "foreign exchange (gain)/loss"], concept: "ForeignCurrencyTransactionLossGain"),
    ConceptEntry(labels: ["depreciation and amortization"], concept: "DepreciationDepletionAndAmortization"),
    ConceptEntry(labels: ["amortization of intangible assets"], concept: "AmortizationOfIntangibleAssets"),
    ConceptEntry(labels: ["loss (gain) on disposal of property and equipment", "(gain) loss on disposal of property and equipment",
                          "gain (loss) on disposal of property and equipment", "loss on disposal of property and equipment"],
                 concept: "LossGainOnDispositionOfPropertyPlantEquipment"),

    // Margins and ratios
    ConceptEntry(labels: ["gross margin", "gross profit margin"], concept: "GrossMargin", measure: .ratio),
    ConceptEntry(labels: ["adjusted gross margin", "adjusted gross profit margin"], concept: "AdjustedGrossMargin", measure: .ratio),
    ConceptEntry(labels: ["net income margin", "net margin"], concept: "ProfitLossMargin", measure: .ratio),
    ConceptEntry(labels: ["adjusted net income margin", "adjusted net margin"], concept: "AdjustedNetIncomeLossMargin", measure: .ratio),
    ConceptEntry(labels: ["operating income margin", "operating margin"], concept: "OperatingIncomeLossMargin", measure: .ratio),
    ConceptEntry(labels: ["adjusted ebitda margin", "ebitda margin"], concept: "AdjustedEBITDAMargin", measure: .ratio),
    ConceptEntry(labels: ["normalized adjusted ebitda margin"], concept: "NormalizedAdjustedEBITDAMargin", measure: .ratio),
    ConceptEntry(labels: ["adjusted operating income margin", "adjusted operating margin"], concept: "AdjustedOperatingIncomeLossMargin", measure: .ratio),
    ConceptEntry(labels: ["normalized adjusted operating income margin"], concept: "NormalizedAdjustedOperatingIncomeLossMargin", measure: .ratio),
]

/// Section labels that classify balance-sheet rows, most specific first.
let classifyingSections: [(contains: String, suffix: String)] = [
    ("non-current", "Noncurrent"), ("noncurrent", "Noncurrent"), ("long-term", "Noncurrent"),
    ("current", "Current"),
]

/// Section labels whose rows are per-share figures or share counts when no entry says otherwise.
let measureSections: [(contains: String, measure: Measure)] = [
    ("shares used", .shares), ("weighted average", .shares), ("number of shares", .shares),
    ("per share", .perShare), ("per ordinary share", .perShare), ("per ads", .perShare),
]
