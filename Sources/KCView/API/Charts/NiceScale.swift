import Foundation

/// Axis ticks at "nice" numbers (1, 2, 2.5, 5 × 10ⁿ) covering a range that always includes zero.
public enum NiceScale {
    /// The nice number nearest `value` (rounding) or at least `value` (not rounding), after Heckbert.
    public static func niceNumber(_ value: Double, round: Bool) -> Double {
        guard value > 0, value.isFinite else { return 1 }
        let exponent = floor(log10(value))
        let fraction = value / pow(10, exponent)
        let nice: Double
        if round {
            nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
        } else {
            nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10
        }
        return nice * pow(10, exponent)
    }

    /// Ticks from a nice number at or below min(0, low) to one at or above max(0, high), about `count` of them.
    public static func ticks(low: Double, high: Double, count: Int = 5) -> [Double] {
        let lower = min(0, low)
        let upper = max(0, high)
        guard upper > lower else { return [0, 1] }
        let step = niceNumber((upper - lower) / Double(max(1, count - 1)), round: false)
        let first = floor(lower / step) * step
        let last = ceil(upper / step) * step
        var ticks: [Double] = []
        var index = 0.0
        while first + index * step <= last + step / 1000 {
            let tick = first + index * step
            ticks.append(abs(tick) < step / 1000 ? 0 : tick)
            index += 1
        }
        return ticks
    }

    /// Decimals needed to print every tick exactly (0 for 250, 1 for 2.5, 2 for 0.05).
    public static func decimals(for ticks: [Double]) -> Int {
        guard ticks.count > 1 else { return 0 }
        let step = abs(ticks[1] - ticks[0])
        var decimals = 0
        var scaled = step
        while decimals < 6 && abs(scaled - scaled.rounded()) > 1e-6 * max(1, scaled) {
            decimals += 1
            scaled *= 10
        }
        return decimals
    }
}
