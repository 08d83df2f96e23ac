/// 2ᵗ for four arguments t ≤ 0 at once, the inner loop of every Gaussian kernel.
///
/// The C library's `exp` works on one number at a time, and a call per kernel value costs
/// more than everything else an MMD does together; this version is written in SIMD lanes,
/// with no branch and no table, so the compiler turns it into straight vector code (two SSE2
/// registers per `SIMD4` on the baseline x86-64 target). The method is the classic one of
/// Cephes and of most C libraries:
///
///     t = k + f,  k = round(t),  f ∈ [−½, ½],     2ᵗ = 2ᵏ · 2ᶠ,
///
/// where k is rounded by adding and subtracting 1.5·2⁵² (the sum has no bits below the units
/// place, so the addition itself rounds t to the nearest integer), 2ᶠ is the rational
/// approximation of Cephes' `exp2` (S. L. Moshier, *Methods and Programs for Mathematical
/// Functions*, 1989),
///
///     2ᶠ = 1 + 2·f·P(f²) / (Q(f²) − f·P(f²)),
///
/// with a peak relative error of 2e-16 on [−½, ½], and 2ᵏ is built directly as the bit pattern
/// of a double: the biased exponent k + 1023 shifted into place. The low bits of t + 1.5·2⁵²
/// already hold k, so no float-to-integer conversion is needed.
///
/// Arguments below −1022 give exactly 0: the true values are below 2⁻¹⁰²² ≈ 2.2e-308, the
/// smallest normal double, and a kernel value that small cannot change a sum of kernel values
/// by a representable amount unless every term is as small. So t = −∞ gives 0, which is how
/// rows are padded to a whole number of lanes; NaN stays NaN.
@inline(__always)
func exp2OfNonPositive(_ t: SIMD4<Double>) -> SIMD4<Double> {
    let underflows = t .< -1022
    let clamped = t.replacing(with: -1022, where: underflows)
    let shifter = SIMD4<Double>(repeating: 0x1.8p52)
    let shifted = clamped + shifter
    let k = shifted - shifter
    let f = clamped - k
    let ff = f * f
    let p = f * ((2.30933477057345225087e-2 * ff + 2.02020656693165307700e1) * ff + 1.51390680115615096133e3)
    let q = (ff + 2.33184211722314911771e2) * ff + 4.36821166879210612817e3
    let twoToF = 1 + 2 * (p / (q - p))
    // k + 1023 lies in 1…1023, the biased exponent of the normal double 2ᵏ.
    let exponentBits = (unsafeBitCast(shifted, to: SIMD4<UInt64>.self) &+ 1023) &<< 52
    let twoToK = unsafeBitCast(exponentBits, to: SIMD4<Double>.self)
    return (twoToF * twoToK).replacing(with: 0, where: underflows)
}
