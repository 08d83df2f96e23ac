/// Tick labels: the shortest text that tells neighbouring ticks apart, with no floating-point
/// noise (`0.30000000000000004` becomes `0.3`) and never `-0`.
///
/// All labels of an axis share one precision, taken from the spacing between ticks, so that
/// `0, 0.5, 1, 1.5` is written compactly and `0.25` is not rounded to `0.3`. Ticks whose
/// magnitude is below 10⁻³ or at least 10⁶ are written in scientific notation (`2e-7`, `1.5e6`);
/// everything else in plain decimals.
public func tickLabels(_ ticks: [Double]) -> [String] {
    let finite = ticks.filter(\.isFinite)
    let largest = finite.map(abs).max() ?? 0
    guard largest > 0 else { return ticks.map { $0.isFinite ? "0" : "" } }

    let spacing = smallestSpacing(finite) ?? largest
    let stepExponent = decimalExponent(spacing)
    let extra = extraDigits(finite, stepExponent: stepExponent, spacing: spacing)
    let scientific = largest < 1e-3 || largest >= 1e6

    return ticks.map { tick in
        guard tick.isFinite else { return "" }
        guard scientific else {
            return formatFixed(tick, decimals: max(0, extra - stepExponent))
        }
        guard tick != 0 else { return "0" }
        let digits = decimalExponent(abs(tick)) - stepExponent + extra
        return formatScientific(tick, mantissaDecimals: max(0, digits))
    }
}

/// The smallest positive gap between distinct ticks, or nil for a single tick.
private func smallestSpacing(_ ticks: [Double]) -> Double? {
    let sorted = ticks.sorted()
    return zip(sorted, sorted.dropFirst()).map { $1 - $0 }.filter { $0 > 0 }.min()
}

/// How many digits beyond the spacing's leading digit are needed to write every tick
/// faithfully (0 for the usual 1-2-5 steps, 1 for a step such as 0.25), at most 3.
private func extraDigits(_ ticks: [Double], stepExponent: Int, spacing: Double) -> Int {
    for extra in 0..<3 {
        let resolution = stepExponent - extra
        let faithful = ticks.allSatisfy { abs(rounded($0, toPowerOfTen: resolution) - $0) <= spacing * 1e-6 }
        if faithful { return extra }
    }
    return 3
}

/// `value` rounded to the nearest multiple of `10^exponent`.
private func rounded(_ value: Double, toPowerOfTen exponent: Int) -> Double {
    exponent >= 0
        ? (value / powerOfTen(exponent)).rounded() * powerOfTen(exponent)
        : (value * powerOfTen(-exponent)).rounded() / powerOfTen(-exponent)
}
