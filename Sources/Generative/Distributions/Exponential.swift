#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// The exponential distribution with rate λ, the waiting time of a Poisson process:
///
///     f(x) = λe^(−λx),   F(x) = 1 − e^(−λx),   S(x) = e^(−λx),   F⁻¹(p) = −ln(1 − p)/λ
///
/// for x ≥ 0; mean 1/λ, variance 1/λ². The quantile is the book's first inverse transform:
/// −ln(1 − U)/λ is exponential for U uniform.
///
/// The library's `expm1` and `log1p` keep F and F⁻¹ accurate near 0: 1 − e^(−λx) computed
/// as written cancels for small λx, and ln(1 − p) for small p loses the digits of p that do
/// not survive the rounding of 1 − p.
public struct Exponential: ContinuousDistribution, Equatable {
    /// λ > 0.
    public let rate: Double

    /// - Precondition: `rate` is positive and finite.
    public init(rate: Double) {
        precondition(rate > 0 && rate.isFinite, "an exponential rate must be positive and finite")
        self.rate = rate
    }

    public var mean: Double { 1 / rate }
    public var variance: Double { 1 / (rate * rate) }

    public func pdf(_ x: Double) -> Double {
        x < 0 ? 0 : rate * exp(-rate * x)
    }

    public func logPDF(_ x: Double) -> Double {
        x < 0 ? -.infinity : log(rate) - rate * x
    }

    public func cdf(_ x: Double) -> Double {
        x <= 0 ? 0 : -expm1(-rate * x)
    }

    public func survival(_ x: Double) -> Double {
        x <= 0 ? 1 : exp(-rate * x)
    }

    /// −log1p(−p)/λ: p is exact, so so is the argument, and p near 1 gives ln of the exact
    /// 1 − p.
    public func quantile(_ p: Double) -> Double {
        precondition(p >= 0 && p <= 1, "a probability must lie in [0, 1]")
        return -log1p(-p) / rate
    }
}
