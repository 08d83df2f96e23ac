#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// The standard normal quantile Φ⁻¹(p), the z with Φ(z) = p, for p in [0, 1]
/// (Φ⁻¹(0) = −∞, Φ⁻¹(1) = +∞): Wichura's AS 241 (`wichuraQuantile`), followed in the tails
/// by one Newton step. `standardNormalQuantiles(_:into:)` gives the same bits for many p
/// at a time, faster.
///
/// Relative error ≤ 6e-16 for p in [1e-300, 1 − 1e-16] against 50-digit values (AS 241
/// alone: up to 1e-15).
///
/// **The Newton step.** With t = min(p, 1 − p) the nearer tail and y = |z| > 0, solve
/// Φ(−y) = t. Writing Φ(−y) = e^(−y²/2)·R(y), where R is the rational part of the CDF
/// (`normalTailFactor`), and φ(y) = e^(−y²/2)/√(2π), the step is
///
///     y ← y + (Φ(−y) − t)/φ(y) = y + √(2π)·(R(y) − t·e^(y²/2)).
///
/// The common factor e^(−y²/2) cancels, and with it the need to compute it accurately:
/// a relative error η in e^(y²/2) (about y²ε/4 from rounding y², 8e-14 at y = 37) changes
/// t·e^(y²/2) ≈ R(y) ≈ 1/(√(2π) y) by η/(√(2π) y), so it moves y by only η/y, a relative
/// η/y² ≈ ε/4. The step costs one `exp` and one rational function, and leaves y within
/// about an ulp of the exact quantile.
///
/// It is not taken in the centre (|p − ½| ≤ 0.425), where AS 241 is already within 6e-16
/// and the residual Φ(z) − p, a difference of numbers near ½, would have only
/// absolute accuracy: near p = ½ + 10⁻¹⁰ that would spoil the relative accuracy of the tiny
/// quantile. Nor is it taken for subnormal t (below 2.2e-308), which carries fewer than 53
/// bits.
///
/// **p near 1.** For p > ½ the result is −Φ⁻¹(1 − p), and 1 − p is exact (Sterbenz's
/// lemma), so nothing that p carries is lost. But p carries little there: the doubles just
/// below 1 are 2⁻⁵³ ≈ 1.1e-16 apart, so the largest finite answer is Φ⁻¹(1 − 2⁻⁵³) = 8.21
/// and the one before it 8.13. For an upper tail probability q below 1e-16, compute
/// −Φ⁻¹(q) from q itself.
///
/// The error of Φ(Φ⁻¹(p)) against p is not a measure of this function: Φ magnifies a
/// relative error of x by x² in the tail, so even the correctly rounded x gives up to
/// |x|·ulp(x)/2 ≈ 1.3e-13 relative at x = −37.
public func standardNormalQuantile(_ p: Double) -> Double {
    newtonStepInTail(wichuraQuantile(p), probability: p)
}

/// AS 241's z ≈ Φ⁻¹(p) after the Newton step described at `standardNormalQuantile`, where
/// that step is taken (t = min(p, 1 − p) below 0.075 and normal); z itself elsewhere.
func newtonStepInTail(_ z: Double, probability p: Double) -> Double {
    let tail = min(p, 1 - p)
    guard tail < 0.075, tail >= .leastNormalMagnitude else { return z }
    let y = abs(z)
    let refined = y + 2.50662827463100050241576528481 * (normalTailFactor(y) - tail * exp(0.5 * y * y))
    return p < 0.5 ? -refined : refined
}

/// Wichura's algorithm AS 241, PPND16 ("The percentage points of the normal distribution",
/// Applied Statistics 37(3), 1988): rational approximations of degree 7 that he gives as
/// accurate to about 1 part in 10¹⁶,
///
/// - |p − ½| ≤ 0.425: `wichuraCentre`;
/// - otherwise, with t = min(p, 1 − p) and r = √(−ln t), the distance to the nearer end
///   measured on the scale on which Φ⁻¹ is nearly linear (Φ(−z) ≈ e^(−z²/2), so z ≈ r√2):
///   `wichuraTail` for r ≤ 5 (t ≥ 1.4e-11), `wichuraFarTail` beyond.
func wichuraQuantile(_ p: Double) -> Double {
    precondition(p >= 0 && p <= 1, "a probability must lie in [0, 1]")
    let q = p - 0.5
    if abs(q) <= 0.425 { return wichuraCentre(q) }
    let tail = q < 0 ? p : 1 - p
    if tail == 0 { return q < 0 ? -.infinity : .infinity }
    let r = (-log(tail)).squareRoot()
    let z = r <= 5 ? wichuraTail(r) : wichuraFarTail(r)
    return q < 0 ? -z : z
}

/// AS 241 in the centre, |q| ≤ 0.425: Φ⁻¹(½ + q) ≈ q·A(r)/B(r) with r = 0.180625 − q²
/// (q = p − ½ is exact for p ≥ ¼).
///
/// Generic, so that `wichuraQuantile` and the SIMD lanes of `standardNormalQuantiles`
/// evaluate this one formula, with one table of coefficients, to the same bits; always
/// inlined, because a call would pass the lanes through memory.
@inline(__always)
func wichuraCentre<Lanes: DoubleLanes>(_ q: Lanes) -> Lanes {
    let r = 0.180625 - q * q
    var numerator = 2509.0809287301226727 * r + 33430.575583588128105
    numerator = numerator * r + 67265.770927008700853
    numerator = numerator * r + 45921.953931549871457
    numerator = numerator * r + 13731.693765509461125
    numerator = numerator * r + 1971.5909503065514427
    numerator = numerator * r + 133.14166789178437745
    numerator = numerator * r + 3.387132872796366608
    var denominator = 5226.495278852854561 * r + 28729.085735721942674
    denominator = denominator * r + 39307.89580009271061
    denominator = denominator * r + 21213.794301586595867
    denominator = denominator * r + 5394.1960214247511077
    denominator = denominator * r + 687.1870074920579083
    denominator = denominator * r + 42.313330701600911252
    denominator = denominator * r + 1
    return q * numerator / denominator
}

/// AS 241 in the tails, 1.6 < r ≤ 5: |Φ⁻¹(t)| ≈ C(s)/D(s) with s = r − 1.6.
func wichuraTail(_ r: Double) -> Double {
    let s = r - 1.6
    var numerator = 7.7454501427834140764e-4 * s + 0.0227238449892691845833
    numerator = numerator * s + 0.24178072517745061177
    numerator = numerator * s + 1.27045825245236838258
    numerator = numerator * s + 3.64784832476320460504
    numerator = numerator * s + 5.7694972214606914055
    numerator = numerator * s + 4.6303378461565452959
    numerator = numerator * s + 1.42343711074968357734
    var denominator = 1.05075007164441684324e-9 * s + 5.475938084995344946e-4
    denominator = denominator * s + 0.0151986665636164571966
    denominator = denominator * s + 0.14810397642748007459
    denominator = denominator * s + 0.68976733498510000455
    denominator = denominator * s + 1.6763848301838038494
    denominator = denominator * s + 2.05319162663775882187
    denominator = denominator * s + 1
    return numerator / denominator
}

/// AS 241 in the far tails, r > 5: |Φ⁻¹(t)| ≈ E(s)/F(s) with s = r − 5.
///
/// Out of line, so that the optimiser cannot merge it with `wichuraTail` into one rational
/// whose coefficients are selected by r ≤ 5: that costs about 30 instructions on every tail
/// quantile to save a branch that uniform p almost never take (t < 1.4e-11).
@inline(never)
func wichuraFarTail(_ r: Double) -> Double {
    let s = r - 5
    var numerator = 2.01033439929228813265e-7 * s + 2.71155556874348757815e-5
    numerator = numerator * s + 0.0012426609473880784386
    numerator = numerator * s + 0.026532189526576123093
    numerator = numerator * s + 0.29656057182850489123
    numerator = numerator * s + 1.7848265399172913358
    numerator = numerator * s + 5.4637849111641143699
    numerator = numerator * s + 6.6579046435011037772
    var denominator = 2.04426310338993978564e-15 * s + 1.4215117583164458887e-7
    denominator = denominator * s + 1.8463183175100546818e-5
    denominator = denominator * s + 7.868691311456132591e-4
    denominator = denominator * s + 0.0148753612908506148525
    denominator = denominator * s + 0.13692988092273580531
    denominator = denominator * s + 0.59983220655588793769
    denominator = denominator * s + 1
    return numerator / denominator
}
