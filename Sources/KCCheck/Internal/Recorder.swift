import Foundation
import KCModel

/// Collects check results as the checks run; every check reports through it,
/// so nothing is dropped silently: a check with missing figures is `skipped`.
struct Recorder {
    private(set) var results: [CheckResult] = []

    mutating func pass(_ check: String, _ subject: String, notes: [Finding] = []) {
        results.append(CheckResult(check: check, subject: subject, status: .passed, findings: notes))
    }

    mutating func fail(_ check: String, _ subject: String, _ findings: [Finding]) {
        results.append(CheckResult(check: check, subject: subject, status: .failed, findings: findings))
    }

    mutating func skip(_ check: String, _ subject: String, reason: String) {
        results.append(CheckResult(check: check, subject: subject, status: .skipped, reason: reason))
    }

    /// Compares a computed total with the printed one. Equal passes; a difference
    /// within the rounding of the parts passes with a warning that says so; more fails.
    mutating func compareSum(_ check: String, _ subject: String, expected: Decimal, found: FigureRef, parts: [FigureRef],
                             unit: Decimal, partsCount: Int) {
        let difference = found.value - expected
        if difference == 0 {
            pass(check, subject)
            return
        }
        let tolerance = Decimal(partsCount + 1) * unit / 2
        let magnitude = difference < 0 ? -difference : difference
        let figures = [found] + parts
        if magnitude <= tolerance {
            pass(check, subject, notes: [Finding(
                severity: .warning, check: check,
                message: "\(subject): printed \(Amount.text(found.value, unit: unit)), parts add up to \(Amount.text(expected, unit: unit)); the difference of \(Amount.text(difference, unit: unit)) is within the rounding of \(partsCount) parts",
                location: found.source, figures: figures, expected: expected, found: found.value)])
        } else {
            fail(check, subject, [Finding(
                severity: .error, check: check,
                message: "\(subject): printed \(Amount.text(found.value, unit: unit)) but the parts add up to \(Amount.text(expected, unit: unit)) (difference \(Amount.text(difference, unit: unit)))",
                location: found.source, figures: figures, expected: expected, found: found.value)])
        }
    }
}

/// Whole-unit amounts shown in the unit they were printed in ("1,885,574" for thousands).
enum Amount {
    static func text(_ value: Decimal, unit: Decimal) -> String {
        grouped(unit == 0 ? value : value / unit)
    }

    static func grouped(_ value: Decimal) -> String {
        let negative = value < 0
        let magnitude = negative ? -value : value
        let plain = "\(magnitude)"
        let parts = plain.split(separator: ".", maxSplits: 1)
        var whole = String(parts.first ?? "0")
        var out = ""
        while whole.count > 3 {
            out = "," + whole.suffix(3) + out
            whole.removeLast(3)
        }
        out = whole + out
        if parts.count == 2 { out += "." + parts[1] }
        return negative ? "-" + out : out
    }

    /// `printed / contribution` (1 when the contribution is zero): the factor that puts
    /// a sum back in a total's printed sign. The contribution is almost always ±printed,
    /// and then the quotient is exactly ±1, without a slow Decimal division.
    static func signFactor(_ printed: Decimal, _ contribution: Decimal) -> Decimal {
        if contribution == 0 { return 1 }
        if contribution == printed { return 1 }
        if contribution == -printed { return -1 }
        return printed / contribution
    }

    /// `value / scale`. A table's scale is a power of ten, and dividing by one only
    /// moves the exponent: done directly it gives the same Decimal as the (slow) division.
    static func divided(_ value: Decimal, byScale scale: Decimal) -> Decimal {
        guard value != 0, let power = (0...18).first(where: { scale == NumberPower.ten($0) }) else { return value / scale }
        let magnitude = value.magnitude
        return Decimal(sign: value.sign, exponent: magnitude.exponent - power, significand: magnitude.significand)
    }

    /// `value` rounded to `places` decimals, half away from zero.
    static func rounded(_ value: Decimal, places: Int) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, places, .plain)
        return result
    }
}

extension FigureRef {
    /// The cell of `row` in `column` of `statement`.
    init?(_ row: Row, column: Int, in statement: Statement) {
        guard column < row.cells.count, let cell = row.cells[column], let value = cell.value else { return nil }
        self.init(label: row.label, period: statement.columns[column].period, value: value, text: cell.text, source: cell.source)
    }

    /// A fact of the model.
    init(_ fact: Fact) {
        self.init(label: fact.label, period: fact.period, value: fact.value, source: fact.source)
    }
}
