#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// The log-normal distribution: X = e^Y with Y ~ N(μ, σ²), so μ and σ are the mean and
/// standard deviation of ln X, not of X. For x > 0, with z = (ln x − μ)/σ,
///
///     f(x) = exp(−z²/2) / (xσ√(2π)),   F(x) = Φ(z),   F⁻¹(p) = exp(μ + σΦ⁻¹(p)),
///
/// mean e^(μ + σ²/2) and variance (e^(σ²) − 1)·e^(2μ + σ²). The model of a positive quantity
/// built from many multiplicative effects; a right-skewed example whose mean, median e^μ
/// and mode e^(μ − σ²) all differ.
///
/// Φ, 1 − Φ and Φ⁻¹ are the accurate standard normal functions, so F, S and F⁻¹ inherit
/// their relative accuracy in both tails.
public struct LogNormal: ContinuousDistribution, Equatable {
    /// μ, the mean of ln X.
    public let mu: Double
    /// σ > 0, the standard deviation of ln X.
    public let sigma: Double

    /// - Precondition: `mu` is finite and `sigma` is positive and finite.
    public init(mu: Double, sigma: Double) {
        precondition(mu.isFinite, "a log-normal mu must be finite")
        precondition(sigma > 0 && sigma.isFinite, "a log-normal sigma must be positive and finite")
        self.mu = mu
        self.sigma = sigma
    }

    public var mean: Double { exp(mu + 0.5 * sigma * sigma) }

    /// (e^(σ²) − 1)·e^(2μ + σ²), with `expm1` for small σ.
    public var variance: Double { expm1(sigma * sigma) * exp(2 * mu + sigma * sigma) }

    public func pdf(_ x: Double) -> Double {
        guard x > 0 else { return 0 }
        let z = (log(x) - mu) / sigma
        return exp(-0.5 * z * z) * 0.398942280401432677939946059934 / (x * sigma)
    }

    public func logPDF(_ x: Double) -> Double {
        guard x > 0 else { return -.infinity }
        let logX = log(x)
        let z = (logX - mu) / sigma
        return -0.5 * z * z - logX - log(sigma) - 0.918938533204672741780329736406
    }

    public func cdf(_ x: Double) -> Double {
        x > 0 ? standardNormalCDF((log(x) - mu) / sigma) : 0
    }

    public func survival(_ x: Double) -> Double {
        x > 0 ? standardNormalSurvival((log(x) - mu) / sigma) : 1
    }

    public func quantile(_ p: Double) -> Double {
        exp(mu + sigma * standardNormalQuantile(p))
    }
}
