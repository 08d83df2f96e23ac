/// The one-sample Kolmogorov–Smirnov test of a sample against a continuous CDF F:
///
///     Dₙ = sup_x |Fₙ(x) − F(x)| = max(D⁺, D⁻),
///     D⁺ = sup_x (Fₙ(x) − F(x)) = maxᵢ ( (i+1)/n − F(x₍ᵢ₎) ),
///     D⁻ = sup_x (F(x) − Fₙ(x)) = maxᵢ ( F(x₍ᵢ₎) − i/n ),
///
/// with x₍₀₎ ≤ … ≤ x₍ₙ₋₁₎ the sorted sample. The suprema are attained at the sample values,
/// where Fₙ jumps from i/n to (i+1)/n while F is continuous, so n evaluations of F suffice.
/// Under H₀ (the sample is i.i.d. from F) the law of Dₙ does not depend on F; the p-value is
/// `kolmogorovSmirnovPValue(D, sampleSize: n)`: exact except for n > 6666 with n·D ≥ 200
/// and n·D² < 6, where the Pelz–Good expansion is within 1e-9.
///
/// Matches `scipy.stats.kstest(sample, cdf)`: statistic, p-value, `statistic_location` and
/// (through which of the two fields is larger) `statistic_sign`; when D⁺ = D⁻, D⁻ is the one
/// reported, as in SciPy.
public struct KolmogorovSmirnovTest: Sendable, Equatable {
    /// n, the sample size.
    public let sampleSize: Int
    /// D = max(D⁺, D⁻), the largest vertical distance between Fₙ and F.
    public let statistic: Double
    /// D⁺ = sup (Fₙ − F): how far the sample's CDF rises above F (too many small values).
    public let dPlus: Double
    /// D⁻ = sup (F − Fₙ): how far the sample's CDF falls below F (too many large values).
    public let dMinus: Double
    /// The sample value x at which the distance D is attained (the first, if several).
    public let location: Double
    /// F(location).
    public let cdfAtLocation: Double
    /// The side of Fₙ's jump at `location` that is D away from F: Fₙ(location) = (i+1)/n
    /// when D = D⁺, the left limit i/n when D = D⁻. A figure marks D as the vertical segment
    /// from (location, cdfAtLocation) to (location, empiricalAtLocation).
    public let empiricalAtLocation: Double
    /// P(Dₙ ≥ D) under H₀; see `kolmogorovSmirnovPValue`.
    public let pValue: Double
    /// Whether `pValue` is exact rather than the Pelz–Good approximation (only for n > 6666);
    /// see `kolmogorovSmirnovIsExact`.
    public let pValueIsExact: Bool

    /// Tests `sample` (at least one value, no NaN) against the continuous CDF `cdf`, which is
    /// called once per value.
    public init(_ sample: [Double], cdf: (Double) -> Double) {
        precondition(!sample.isEmpty, "a Kolmogorov–Smirnov test needs at least one value")
        precondition(!sample.contains(where: \.isNaN), "a Kolmogorov–Smirnov test of values including NaN")
        let sorted = sample.sorted()
        let n = Double(sorted.count)
        var (dPlus, plusIndex, plusCDF) = (-Double.infinity, 0, 0.0)
        var (dMinus, minusIndex, minusCDF) = (-Double.infinity, 0, 0.0)
        for (i, x) in sorted.enumerated() {
            let f = cdf(x)
            let above = Double(i + 1) / n - f
            let below = f - Double(i) / n
            if above > dPlus { (dPlus, plusIndex, plusCDF) = (above, i, f) }
            if below > dMinus { (dMinus, minusIndex, minusCDF) = (below, i, f) }
        }

        sampleSize = sorted.count
        self.dPlus = dPlus
        self.dMinus = dMinus
        if dPlus > dMinus {
            (statistic, location, cdfAtLocation) = (dPlus, sorted[plusIndex], plusCDF)
            empiricalAtLocation = Double(plusIndex + 1) / n
        } else {
            (statistic, location, cdfAtLocation) = (dMinus, sorted[minusIndex], minusCDF)
            empiricalAtLocation = Double(minusIndex) / n
        }
        pValue = kolmogorovSmirnovPValue(statistic, sampleSize: sampleSize)
        pValueIsExact = kolmogorovSmirnovIsExact(statistic, sampleSize: sampleSize)
    }
}
