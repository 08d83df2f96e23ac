/// The p-value of a two-sided one-sample Kolmogorov–Smirnov statistic, P(Dₙ ≥ d), for a
/// sample of size n from a continuous distribution (which makes the law of Dₙ the same for
/// every F). One of three methods, by n and d:
///
/// 1. n d² ≥ 6, the far tail (p below about 1.3e-5): twice the exact one-sided tail,
///    2 P(D⁺ₙ ≥ d) (`smirnovSurvival`). What this counts twice, P(D⁺ₙ ≥ d and D⁻ₙ ≥ d), is
///    about 2e^(−8nd²) ≤ 4e-21, a relative 2e-16 or less; and unlike 1 − P(Dₙ < d) the
///    result keeps its relative accuracy however small it is.
/// 2. Otherwise, when n d < 200: the exact 1 − P(Dₙ < d) by the matrix method of Marsaglia,
///    Tsang & Wang (`kolmogorovSmirnovCDF`); milliseconds for the usual n d of a few tens,
///    half a second at worst (n d near 200).
/// 3. Otherwise (then n > 6666): the Pelz–Good asymptotic expansion, Kolmogorov's limit plus
///    three correction terms in powers of n^(−1/2) (`pelzGoodCDF`). Its error, about
///    0.05/n², is below 1e-9 there. (The limit alone, Q_KS(√n d), is off by up to 2e-3 at
///    n = 10⁴, and Stephens' corrected Q_KS((√n + 0.12 + 0.11/√n) d) by up to 5e-4.)
///
/// Methods 1 and 2 agree with 60-digit evaluations of their formulas to 3e-15 absolute, and
/// with `scipy.stats.kstwo.sf` (exact for n ≤ 140) to 1e-14, SciPy's own error.
/// `kolmogorovSmirnovIsExact(_:sampleSize:)` says whether method 3 was avoided.
public func kolmogorovSmirnovPValue(_ d: Double, sampleSize n: Int) -> Double {
    precondition(n >= 1, "the Kolmogorov–Smirnov distribution needs n >= 1")
    precondition(!d.isNaN, "Kolmogorov–Smirnov p-value of NaN")
    if d <= 0 { return 1 }
    if d >= 1 { return 0 }
    let nd = Double(n) * d
    if nd * d >= 6 { return min(1, 2 * smirnovSurvival(d, sampleSize: n)) }
    let cdf = nd < 200 ? kolmogorovSmirnovCDF(d, sampleSize: n) : pelzGoodCDF(d, sampleSize: n)
    return min(1, max(0, 1 - cdf))
}

/// Whether `kolmogorovSmirnovPValue(d, sampleSize: n)` is exact (to ~1e-14) rather than the
/// Pelz–Good approximation (error below 1e-9): true when d ≤ 0, d ≥ 1, n d² ≥ 6 or n d < 200.
public func kolmogorovSmirnovIsExact(_ d: Double, sampleSize n: Int) -> Bool {
    let nd = Double(n) * d
    return d <= 0 || d >= 1 || nd * d >= 6 || nd < 200
}
