/// The empirical distribution of a sample x₁, …, xₙ: the discrete distribution that puts
/// probability 1/n on each value (m/n on a value that occurs m times). Drawing from it is
/// resampling the data with replacement, the bootstrap (Efron 1979).
///
/// - CDF: the empirical CDF Fₙ(x) = #{i : xᵢ ≤ x}/n (`EmpiricalCDF`).
/// - Quantile: the generalised inverse of that staircase,
///
///       Fₙ⁻(p) = min{x : Fₙ(x) ≥ p} = x₍⌈np⌉₎,
///
///   the ⌈np⌉-th smallest value: definition 1 of Hyndman & Fan ("Sample quantiles in
///   statistical packages", Am. Stat. 50(4), 1996), the inverse of the step CDF with no
///   interpolation, so every quantile is a sample value. (It is not `median(_:)`: for even
///   n, Fₙ⁻(½) is the lower of the two middle values.) p = 0 gives the smallest value.
/// - Mean: the sample mean; variance: (1/n) Σ (xᵢ − x̄)², the variance of this distribution,
///   which is the unbiased sample variance s² times (n − 1)/n.
public struct EmpiricalDistribution: Sendable {
    /// Fₙ, which holds the sorted sample.
    public let empiricalCDF: EmpiricalCDF

    /// Requires at least one value and no NaN.
    public init(_ samples: [Double]) {
        empiricalCDF = EmpiricalCDF(samples)
    }

    /// x₍₁₎ ≤ ⋯ ≤ x₍ₙ₎.
    public var sortedValues: [Double] { empiricalCDF.sortedValues }

    public var mean: Double { Generative.mean(sortedValues) }

    public var variance: Double {
        let n = sortedValues.count
        return n == 1 ? 0 : Generative.variance(sortedValues) * Double(n - 1) / Double(n)
    }

    /// Fₙ(x) = #{i : xᵢ ≤ x}/n.
    public func cdf(_ x: Double) -> Double {
        empiricalCDF(x)
    }

    /// x₍ₖ₎ with k = min{k : k/n ≥ p}. k starts at ⌈np⌉ and is corrected by comparing k/n,
    /// computed exactly as `cdf` computes it, with p: np may round across an integer, and
    /// then quantile(cdf(x₍ₖ₎)) would not come back to x₍ₖ₎.
    public func quantile(_ p: Double) -> Double {
        precondition(p >= 0 && p <= 1, "a probability must lie in [0, 1]")
        let values = sortedValues
        let n = Double(values.count)
        var k = min(max(Int((n * p).rounded(.up)), 1), values.count)
        while k > 1 && Double(k - 1) / n >= p { k -= 1 }
        while k < values.count && Double(k) / n < p { k += 1 }
        return values[k - 1]
    }

    /// One value of the sample, chosen uniformly: the same law as `quantile` of a uniform,
    /// drawn with one `nextInt(below:)` instead of a search.
    @inlinable
    public func sample(using generator: inout some RandomNumberGenerator) -> Double {
        let values = sortedValues
        return values[Int(generator.nextInt(below: UInt64(values.count)))]
    }

    /// `n` draws with replacement: a bootstrap resample when `n` is the sample size.
    @inlinable
    public func samples(_ n: Int, using generator: inout some RandomNumberGenerator) -> [Double] {
        precondition(n >= 0, "the number of samples must not be negative")
        return (0..<n).map { _ in sample(using: &generator) }
    }
}
