#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// A probability distribution on the real line with a density f, a CDF F(x) = P(X ≤ x) and
/// its inverse, the quantile function F⁻¹(p) = min{x : F(x) ≥ p}.
///
/// A conforming type supplies the density, the CDF, the quantile, the mean and the variance;
/// it gets `logPDF`, `survival` and inverse-transform sampling for free, and overrides them
/// where the defaults lose accuracy (a density that underflows, a CDF that rounds to 1 in
/// the upper tail) or where a faster sampler exists. A distribution with no closed-form
/// quantile can implement `quantile` with `quantileByRootFinding(_:startingFrom:)`.
public protocol ContinuousDistribution: Sendable {
    /// The density f(x).
    func pdf(_ x: Double) -> Double
    /// ln f(x), −∞ where the density is 0.
    func logPDF(_ x: Double) -> Double
    /// F(x) = P(X ≤ x).
    func cdf(_ x: Double) -> Double
    /// S(x) = P(X > x) = 1 − F(x), with relative accuracy in the upper tail where F(x)
    /// rounds to 1.
    func survival(_ x: Double) -> Double
    /// F⁻¹(p) for p in [0, 1].
    func quantile(_ p: Double) -> Double
    /// E[X], NaN where the integral diverges.
    var mean: Double { get }
    /// Var[X] = E[(X − E[X])²], NaN where it is undefined.
    var variance: Double { get }
    /// One draw from the distribution.
    func sample(using generator: inout some RandomNumberGenerator) -> Double
}

extension ContinuousDistribution {
    /// ln f(x) by taking the logarithm of the density: −∞ as soon as f(x) underflows, so a
    /// distribution with a closed form overrides it.
    public func logPDF(_ x: Double) -> Double {
        log(pdf(x))
    }

    /// 1 − F(x): accurate while F(x) is not close to 1, but blind to tail probabilities
    /// below about 1e-16 (the spacing of doubles just below 1), so distributions override it.
    public func survival(_ x: Double) -> Double {
        1 - cdf(x)
    }

    /// A draw by inverse transform sampling: if U is uniform on (0, 1), then X = F⁻¹(U) has
    /// the CDF F, because F⁻¹(u) ≤ x exactly when u ≤ F(x), so
    ///
    ///     P(X ≤ x) = P(U ≤ F(x)) = F(x).
    ///
    /// U comes from `nextOpenUniform()`, which never returns 0 or 1, whose quantiles are
    /// often ±∞. Its values run from 2⁻⁵³ to 1 − 2⁻⁵³, so a draw never goes beyond the
    /// quantiles of those two: ±8.21 for the standard normal. (Each of the two tails beyond
    /// has probability 1.1e-16, far too small to matter in a sample.)
    @inlinable
    public func sample(using generator: inout some RandomNumberGenerator) -> Double {
        let u = generator.nextOpenUniform()
        return quantile(u)
    }

    /// `n` independent draws.
    @inlinable
    public func samples(_ n: Int, using generator: inout some RandomNumberGenerator) -> [Double] {
        precondition(n >= 0, "the number of samples must not be negative")
        return (0..<n).map { _ in sample(using: &generator) }
    }
}
