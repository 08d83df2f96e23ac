/// Nice tick values ("1, 2, 5 × 10^k" steps) covering a range with about `count` ticks.
///
/// The first tick is at or below `range.lowerBound` and the last at or above
/// `range.upperBound`, so the ticks can serve as the axis limits. Each tick is computed as an
/// integer divided (or multiplied) by an exact power of ten, so `0.3` is the double nearest
/// 0.3, not `3 × 0.1`. A zero-width range is first padded (see `paddedIfDegenerate`); a range
/// with a non-finite bound or width yields no ticks.
public func niceTicks(_ range: ClosedRange<Double>, count: Int) -> [Double] {
    let range = paddedIfDegenerate(range)
    let span = range.upperBound - range.lowerBound
    guard span.isFinite else { return [] }
    let step = NiceStep(approximately: span / Double(max(count, 2) - 1))
    let first = snappedToInteger(range.lowerBound / step.size).rounded(.down)
    let last = snappedToInteger(range.upperBound / step.size).rounded(.up)
    return stride(from: first, through: last, by: 1).map(step.tick)
}

/// A zero-width range widened to something drawable: ±10% of the value, or ±1 around zero.
func paddedIfDegenerate(_ range: ClosedRange<Double>) -> ClosedRange<Double> {
    guard range.lowerBound == range.upperBound else { return range }
    let value = range.lowerBound
    let pad = value == 0 ? 1 : abs(value) * 0.1
    return (value - pad)...(value + pad)
}

/// A quotient that is an integer up to floating-point noise (0.6 / 0.2 = 2.9999999999999996)
/// is treated as that integer, so the noise cannot add a spurious tick.
private func snappedToInteger(_ quotient: Double) -> Double {
    let nearest = quotient.rounded()
    return abs(quotient - nearest) <= 1e-9 * max(1, abs(quotient)) ? nearest : quotient
}

/// A tick step `mantissa × 10^exponent` with `mantissa` in {1, 2, 5}.
private struct NiceStep {
    let mantissa: Double
    let exponent: Int

    /// The nice step closest to `raw` (thresholds from Heckbert, "Nice numbers for graph
    /// labels", Graphics Gems, 1990).
    init(approximately raw: Double) {
        let e = decimalExponent(raw)
        let fraction = raw / powerOfTen(e)
        switch fraction {
        case ..<1.5: (mantissa, exponent) = (1, e)
        case ..<3: (mantissa, exponent) = (2, e)
        case ..<7: (mantissa, exponent) = (5, e)
        default: (mantissa, exponent) = (1, e + 1)
        }
    }

    var size: Double { tick(1) }

    /// The `multiple`-th tick, `multiple × size`, with a single rounding (and never `-0`).
    func tick(_ multiple: Double) -> Double {
        let value = exponent >= 0
            ? multiple * mantissa * powerOfTen(exponent)
            : multiple * mantissa / powerOfTen(-exponent)
        return value == 0 ? 0 : value
    }
}
