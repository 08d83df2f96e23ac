/// The correction to Stirling's formula,
///
///     s(a) = ln Γ(a) − [(a − ½) ln a − a + ½ ln 2π] = ln a! − [(a + ½) ln a − a + ½ ln 2π],
///
/// for a ≥ 10, by its asymptotic series Σⱼ B₂ⱼ / (2j (2j−1) a^(2j−1)) = 1/(12a) − 1/(360a³)
/// + 1/(1260a⁵) − 1/(1680a⁷) + 1/(1188a⁹) − 691/(360360a¹¹) + 1/(156a¹³); the first omitted
/// term, 3617/(122400 a¹⁵), is below 3e-17. Computing s(a) as ln Γ(a) minus the bracket would
/// cancel away ~ε·a ln a of it; the series loses nothing, so formulas that divide by Γ(a) or
/// a! stay accurate for large a (Loader's binomial probabilities, the incomplete gamma
/// prefactor).
func stirlingCorrection(_ a: Double) -> Double {
    precondition(a >= 10, "the Stirling series is used from a = 10 on")
    let r = 1 / a
    let r2 = r * r
    let tail = 1.0 / 1188 - r2 * (691.0 / 360360 - r2 / 156)
    return r * (1.0 / 12 - r2 * (1.0 / 360 - r2 * (1.0 / 1260 - r2 * (1.0 / 1680 - r2 * tail))))
}

/// s(k) for a positive integer k: the series from 10 on, below that exact values.
func stirlingCorrection(ofInteger k: Int) -> Double {
    precondition(k >= 1, "the Stirling correction of a positive integer")
    return k < 10 ? stirlingCorrectionsBelowTen[k - 1] : stirlingCorrection(Double(k))
}

/// s(1), …, s(9), computed from k! in 40-digit decimal arithmetic.
private let stirlingCorrectionsBelowTen: [Double] = [
    0.0810614667953272582196702635943823601385, 0.0413406959554092940938220814071175080245,
    0.0276779256849983391487892927462446665975, 0.0207906721037650931115227717678486563325,
    0.0166446911898211921631948653735933911455, 0.0138761288230707479987457270237629085615,
    0.0118967099458917700950557241176594386185, 0.0104112652619720964974785671325346291985,
    0.0092554621827127329177286366331001361185,
]
