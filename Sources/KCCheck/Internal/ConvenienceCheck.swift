import Foundation
import KCModel

/// Each convenience-translation cell (the US$ column of a RMB release) equals the
/// reporting-currency cell of the same row and period divided by the stated rate,
/// rounded as printed. Share counts in such a column must equal the original.
enum ConvenienceCheck {
    static let half = Decimal(sign: .plus, exponent: -1, significand: 5)

    static func run(_ model: FinancialModel, index: FactIndex, into recorder: inout Recorder) {
        for statement in model.statements {
            let translated = statement.columns.indices.filter { statement.columns[$0].isConvenienceTranslation }
            for column in translated {
                let period = statement.columns[column].period
                guard let source = statement.columns.indices.first(where: {
                    !statement.columns[$0].isConvenienceTranslation && statement.columns[$0].period == period
                }) else { continue }
                // Whole-unit rows all share one tolerance: worked out once per column instead of per cell.
                let wholeUnitTolerance = model.document.convenienceRate.map { statement.scale * $0.rate * ConvenienceCheck.half }
                for row in statement.rows where row.role != .section {
                    guard let usd = FigureRef(row, column: column, in: statement) else { continue }
                    let subject = "\(row.label), \(PeriodText.short(period)) in \(statement.columns[column].currency ?? "?") at the convenience rate"
                    guard let original = FigureRef(row, column: source, in: statement) else {
                        recorder.skip("convenience", subject, reason: "the row has no \(statement.columns[source].currency ?? "") figure for the same period")
                        continue
                    }
                    if row.measure == .shares || row.measure == .ratio {
                        if usd.value == original.value { recorder.pass("convenience", subject) } else {
                            recorder.fail("convenience", subject, [Finding(severity: .error, check: "convenience",
                                message: "\(row.label) for \(PeriodText.short(period)) is \(usd.text ?? "") in the translated column but \(original.text ?? "") in the original",
                                location: usd.source, figures: [usd, original], expected: original.value, found: usd.value)])
                        }
                        continue
                    }
                    guard let rate = model.document.convenienceRate?.rate, rate != 0 else {
                        recorder.skip("convenience", subject, reason: "the release states no convenience rate")
                        continue
                    }
                    // Printed precision: whole table units, or the printed decimals of a per-share figure.
                    let unit: Decimal = row.measure == .perShare ? 1 : statement.scale
                    let places = row.measure == .perShare ? MarginCheck.decimals(of: usd.text ?? "") : 0
                    let step = row.measure == .perShare ? NumberPower.tenth(places) : unit
                    // Most cells are exact: original ÷ rate rounds to the printed figure exactly when
                    // |original − printed × rate| < half a step × rate. Multiplying spares the slow
                    // Decimal division and rounding; ties and misses take the full path below.
                    let gap = original.value - usd.value * rate
                    let tolerance = row.measure == .perShare ? step * rate * ConvenienceCheck.half : wholeUnitTolerance ?? step * rate * ConvenienceCheck.half
                    // Negated by hand: the generic `abs` costs a metadata lookup per cell.
                    if (gap < 0 ? -gap : gap) < tolerance {
                        recorder.pass("convenience", subject)
                        continue
                    }
                    let expected = Amount.rounded(Amount.divided(original.value / rate, byScale: unit), places: places) * unit
                    let difference = usd.value - expected
                    // Rounding of the original and of the rate itself can move the last digit by one.
                    // A translated total is often the sum of translated parts, one off in the last digit.
                    if difference == 0 || (row.role == .total && abs(difference) <= step) {
                        recorder.pass("convenience", subject)
                    } else if abs(difference) <= step {
                        recorder.pass("convenience", subject, notes: [Finding(severity: .warning, check: "convenience",
                            message: "\(row.label) for \(PeriodText.short(period)): \(usd.text ?? "") printed, \(Amount.text(expected, unit: unit)) computed at \(rate); one in the last digit, within rounding",
                            location: usd.source, figures: [usd, original], expected: expected, found: usd.value)])
                    } else {
                        recorder.fail("convenience", subject, [Finding(severity: .error, check: "convenience",
                            message: "\(row.label) for \(PeriodText.short(period)) is \(usd.text ?? "") in \(statement.columns[column].currency ?? "the translated column") but \(original.text ?? "") ÷ \(rate) is \(Amount.text(expected, unit: unit))",
                            location: usd.source, figures: [usd, original], expected: expected, found: usd.value)])
                    }
                }
            }
        }
    }
}

/// Powers of ten for tolerances.
enum NumberPower {
    /// 10^power (1000 for three).
    static func ten(_ power: Int) -> Decimal {
        Decimal(sign: .plus, exponent: power, significand: 1)
    }

    /// 10^-places (0.01 for two places).
    static func tenth(_ places: Int) -> Decimal {
        Decimal(sign: .plus, exponent: -places, significand: 1)
    }
}
