#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// The Laplace (double exponential) distribution with location μ and scale b: an
/// exponential tail on each side of μ,
///
///     f(x) = e^(−|z|) / (2b),   F(x) = ½e^z (z < 0),   1 − ½e^(−z) (z ≥ 0),   z = (x − μ)/b,
///
/// mean μ, variance 2b². Its density is the likelihood behind the L¹ loss, as the normal's
/// is behind L².
///
/// The quantile inverts each half of F:
///
///     F⁻¹(p) = μ + b·ln(2p)  for p < ½,   μ − b·ln(2(1 − p))  for p ≥ ½,
///
/// where 2p and 2(1 − p) are exact, so both tails are relatively accurate.
public struct Laplace: ContinuousDistribution, Equatable {
    /// μ, the mean, median and mode.
    public let location: Double
    /// b > 0.
    public let scale: Double

    /// - Precondition: `location` is finite and `scale` is positive and finite.
    public init(location: Double, scale: Double) {
        precondition(location.isFinite, "a Laplace location must be finite")
        precondition(scale > 0 && scale.isFinite, "a Laplace scale must be positive and finite")
        self.location = location
        self.scale = scale
    }

    public var mean: Double { location }
    public var variance: Double { 2 * scale * scale }

    public func pdf(_ x: Double) -> Double {
        exp(-abs(x - location) / scale) / (2 * scale)
    }

    public func logPDF(_ x: Double) -> Double {
        -abs(x - location) / scale - log(2 * scale)
    }

    public func cdf(_ x: Double) -> Double {
        let z = (x - location) / scale
        return z < 0 ? 0.5 * exp(z) : 1 - 0.5 * exp(-z)
    }

    public func survival(_ x: Double) -> Double {
        let z = (x - location) / scale
        return z > 0 ? 0.5 * exp(-z) : 1 - 0.5 * exp(z)
    }

    public func quantile(_ p: Double) -> Double {
        precondition(p >= 0 && p <= 1, "a probability must lie in [0, 1]")
        return p < 0.5 ? location + scale * log(2 * p) : location - scale * log(2 * (1 - p))
    }
}
