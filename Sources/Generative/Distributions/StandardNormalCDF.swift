#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// The standard normal CDF Φ(x) = P(Z ≤ x), with relative accuracy in the lower tail: about
/// 1e-15 down to Φ(−37.5) ≈ 5e-308, near the smallest normal double (see
/// `standardNormalTails(_:)`).
public func standardNormalCDF(_ x: Double) -> Double {
    standardNormalTails(x).lower
}

/// The standard normal survival function 1 − Φ(x) = Φ(−x) = P(Z > x), with relative accuracy
/// in the upper tail (where Φ(x) itself rounds to 1 from x ≈ 8.3 on).
public func standardNormalSurvival(_ x: Double) -> Double {
    standardNormalTails(x).upper
}

/// (Φ(x), 1 − Φ(x)) by W. J. Cody's rational Chebyshev approximations ("Rational Chebyshev
/// approximations for the error function", Math. Comp. 23, 1969; the ANORM routine of his
/// SPECFUN, ACM TOMS Algorithm 715, 1993), in the form of R's `pnorm_both`, whose
/// coefficients these are:
///
/// - |x| ≤ 0.67449 (the quartiles, so both results are at least ¼):
///   Φ(x) = ½ + x·A(x²)/B(x²), with A and B of degree 4;
/// - |x| > 0.67449: Φ(−|x|) = e^(−x²/2) · R(|x|), with R from `normalTailFactor`;
///
/// and the other tail by subtraction from 1, which is harmless because that one is ≥ ½.
///
/// **Why not ½·erfc(−x/√2).** Near x = −37 the result is e^(−x²/2) ≈ e^(−684), and an
/// error δ in the exponent becomes a relative error δ in the result. Rounding x/√2, or x²,
/// perturbs the exponent x²/2 by about ε·x²/2 ≈ 1.5e-13, a thousand times the target. Here
/// the exponent is split exactly: with x₀ = ⌊16|x|⌋/16, which has at most 4 bits after the
/// binary point,
///
///     e^(−x²/2) = e^(−x₀²/2) · e^(−(|x| − x₀)(|x| + x₀)/2),
///
/// x₀² is exact, and the second exponent is at most 2.4, with only its last bits in doubt.
/// So the relative error stays near 1e-15 all the way down (6.7e-16 at worst against
/// mpmath); what remains is the function's own sensitivity, x² times the relative error of
/// x itself (`Normal.cdf` with σ ≠ 1 rounds (x − μ)/σ first, and that rounding is amplified
/// like any other).
///
/// Below x ≈ −37.5 Φ(x) is subnormal and loses bits gradually; below −38.5 it is 0.
func standardNormalTails(_ x: Double) -> (lower: Double, upper: Double) {
    let y = abs(x)
    if y <= 0.67448975 {
        let s = x * x
        let numerator =
            (((0.065682337918207449113 * s + 2.2352520354606839287) * s + 161.02823106855587881) * s
                + 1067.6894854603709582) * s + 18154.981253343561249
        let denominator =
            (((s + 47.20258190468824187) * s + 976.09855173777669322) * s + 10260.932208618978205) * s
            + 45507.789335026729956
        let t = x * numerator / denominator
        return (0.5 + t, 0.5 - t)
    }
    if y >= 39 { return x < 0 ? (0, 1) : (1, 0) }  // also keeps ±∞ out of the splitting below
    let y0 = (16 * y).rounded(.towardZero) / 16
    let tail = exp(-0.5 * y0 * y0) * exp(-0.5 * (y - y0) * (y + y0)) * normalTailFactor(y)
    return x < 0 ? (tail, 1 - tail) : (1 - tail, tail)
}

/// Φ(−y)·e^(y²/2) for y > 0.674 (Mills's ratio divided by √(2π)): Cody's rational
/// approximations of degree 8 in y up to √32 and of degree 5 in 1/y² beyond, where it is
/// (1/√(2π) − y⁻²·P(y⁻²)/Q(y⁻²))/y, the shape of the asymptotic series
/// Φ(−y) ~ φ(y)/y · (1 − 1/y² + 3/y⁴ − …).
func normalTailFactor(_ y: Double) -> Double {
    if y <= 5.656854249492380195 {
        var numerator = 1.0765576773720192317e-8 * y + 0.39894151208813466764
        numerator = numerator * y + 8.8831497943883759412
        numerator = numerator * y + 93.506656132177855979
        numerator = numerator * y + 597.27027639480026226
        numerator = numerator * y + 2494.5375852903726711
        numerator = numerator * y + 6848.1904505362823326
        numerator = numerator * y + 11602.651437647350124
        numerator = numerator * y + 9842.7148383839780218
        var denominator = y + 22.266688044328115691
        denominator = denominator * y + 235.38790178262499861
        denominator = denominator * y + 1519.377599407554805
        denominator = denominator * y + 6485.558298266760755
        denominator = denominator * y + 18615.571640885098091
        denominator = denominator * y + 34900.952721145977266
        denominator = denominator * y + 38912.003286093271411
        denominator = denominator * y + 19685.429676859990727
        return numerator / denominator
    }
    let s = 1 / (y * y)
    var numerator = 0.02307344176494017303 * s + 0.21589853405795699
    numerator = numerator * s + 0.1274011611602473639
    numerator = numerator * s + 0.022235277870649807
    numerator = numerator * s + 0.001421619193227893466
    numerator = numerator * s + 2.9112874951168792e-5
    var denominator = s + 1.28426009614491121
    denominator = denominator * s + 0.468238212480865118
    denominator = denominator * s + 0.0659881378689285515
    denominator = denominator * s + 0.00378239633202758244
    denominator = denominator * s + 7.29751555083966205e-5
    return (0.398942280401432677939946059934 - s * numerator / denominator) / y
}
