/// A probability distribution on the integers, with a probability mass function
/// p(k) = P(X = k), a CDF F(k) = P(X ≤ k) and the generalised inverse of the CDF,
///
///     F⁻(u) = min{ k : F(k) ≥ u },
///
/// the smallest value whose CDF reaches u. F is a staircase, so F⁻ is one too: it is
/// constant, equal to k, for u in (F(k − 1), F(k)], and the value at a jump belongs to the
/// step below it, F⁻(F(k)) = k. This is what makes inverse transform sampling exact for
/// discrete distributions: F⁻(U) = k exactly when F(k − 1) < U ≤ F(k), which has probability
/// F(k) − F(k − 1) = p(k).
public protocol DiscreteDistribution: Sendable {
    /// p(k) = P(X = k).
    func pmf(_ k: Int) -> Double
    /// F(k) = P(X ≤ k).
    func cdf(_ k: Int) -> Double
    /// F⁻(p) = min{k : F(k) ≥ p} for p in [0, 1].
    func quantile(_ p: Double) -> Int
    /// E[X].
    var mean: Double { get }
    /// Var[X].
    var variance: Double { get }
    /// One draw from the distribution.
    func sample(using generator: inout some RandomNumberGenerator) -> Int
}

extension DiscreteDistribution {
    /// A draw by inverse transform sampling, F⁻(U) with U uniform on (0, 1) from
    /// `nextOpenUniform()`: P(F⁻(U) = k) = P(F(k − 1) < U ≤ F(k)) = p(k). (U is never 0, so
    /// F(k) ≥ U > 0: a draw never lies below the support.)
    @inlinable
    public func sample(using generator: inout some RandomNumberGenerator) -> Int {
        let u = generator.nextOpenUniform()
        return quantile(u)
    }

    /// `n` independent draws.
    @inlinable
    public func samples(_ n: Int, using generator: inout some RandomNumberGenerator) -> [Int] {
        precondition(n >= 0, "the number of samples must not be negative")
        return (0..<n).map { _ in sample(using: &generator) }
    }
}
