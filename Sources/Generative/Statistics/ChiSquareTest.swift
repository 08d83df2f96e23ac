/// Pearson's chi-square goodness-of-fit test of observed bin counts against the counts a
/// model expects:
///
///     χ² = Σᵢ (Oᵢ − Eᵢ)² / Eᵢ.
///
/// Under the model, with n large enough that every Eᵢ is at least about 5, χ² is approximately
/// chi-square distributed with k − 1 − m degrees of freedom for k bins and m model parameters
/// estimated from the same data: one degree is lost to the fixed total n, one more per fitted
/// parameter (Fisher). That holds when the parameters are fitted to the binned counts (by
/// multinomial maximum likelihood, say); fitted to the raw values instead, the statistic's
/// distribution lies between χ²(k − 1 − m) and χ²(k − 1) (Chernoff & Lehmann 1954), so the
/// p-value is a little too small. The p-value is the chance of a χ² at least as large:
///
///     p = Q(ν/2, χ²/2),
///
/// the regularized upper incomplete gamma function (`regularizedGammaQ`). It agrees with
/// `scipy.stats.chisquare` (and `scipy.stats.chi2.sf`) to about 1e-15.
public struct ChiSquareTest: Sendable, Equatable {
    /// χ² = Σ (Oᵢ − Eᵢ)² / Eᵢ.
    public let statistic: Double
    /// ν = bins − 1 − estimated parameters.
    public let degreesOfFreedom: Int
    /// P(X ≥ χ²) for X ~ χ²(ν): small values mean the counts are unlikely under the model.
    public let pValue: Double

    /// Tests `observed` counts against `expected` counts, one per bin. The expected counts must
    /// be positive and have the same total as the observed ones (to a relative 1e-8, as SciPy
    /// requires): include tail bins so every value is counted somewhere.
    public init(observed: [Int], expected: [Double], estimatedParameters: Int = 0) {
        precondition(observed.count == expected.count, "chi-square: one expected count per observed count")
        precondition(observed.allSatisfy { $0 >= 0 }, "chi-square: counts cannot be negative")
        precondition(expected.allSatisfy { $0 > 0 && $0.isFinite }, "chi-square: expected counts must be positive")
        let total = Double(observed.reduce(0, +))
        let expectedTotal = expected.reduce(0, +)
        precondition(abs(total - expectedTotal) <= 1e-8 * total, "chi-square: expected counts must sum to the observed total")
        let degreesOfFreedom = observed.count - 1 - estimatedParameters
        precondition(estimatedParameters >= 0 && degreesOfFreedom >= 1, "chi-square: needs bins - 1 - estimatedParameters >= 1")

        var statistic = 0.0
        for (count, expectation) in zip(observed, expected) {
            let difference = Double(count) - expectation
            statistic += difference * difference / expectation
        }
        self.statistic = statistic
        self.degreesOfFreedom = degreesOfFreedom
        pValue = regularizedGammaQ(Double(degreesOfFreedom) / 2, statistic / 2)
    }

    /// Tests `observed` counts against bin `probabilities` (positive, summing to 1 within
    /// 1e-8): the expected counts are Eᵢ = n pᵢ with n the observed total.
    public init(observed: [Int], probabilities: [Double], estimatedParameters: Int = 0) {
        precondition(abs(probabilities.reduce(0, +) - 1) <= 1e-8, "chi-square: probabilities must sum to 1")
        let total = Double(observed.reduce(0, +))
        self.init(observed: observed, expected: probabilities.map { total * $0 }, estimatedParameters: estimatedParameters)
    }
}
