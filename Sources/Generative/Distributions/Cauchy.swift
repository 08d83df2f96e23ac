#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// The Cauchy distribution with location x₀ and scale γ, the ratio of two independent
/// standard normals and the heavy-tailed counterexample of probability:
///
///     f(x) = 1 / (πγ(1 + z²)),   F(x) = ½ + arctan(z)/π,   F⁻¹(p) = x₀ + γ·tan(π(p − ½)),
///
/// with z = (x − x₀)/γ. The tails fall off like 1/(π|z|), so E|X| = ∞: the mean and
/// variance do not exist (both are NaN here), and the average of n draws is again Cauchy
/// with the same scale, however large n is: the law of large numbers does not apply.
///
/// The textbook formulas are used near the centre; in the tails they would cancel
/// (arctan z → −π/2, tan near ±π/2), so there the same functions are written with 1/z:
/// for z < −1, F = arctan(−1/z)/π, and for p < ¼, F⁻¹ = x₀ − γ/tan(πp). Both tails are then
/// relatively accurate down to the smallest normal doubles.
public struct Cauchy: ContinuousDistribution, Equatable {
    /// x₀, the median and mode.
    public let location: Double
    /// γ > 0, the half-width at half-maximum (and half the interquartile range).
    public let scale: Double

    /// - Precondition: `location` is finite and `scale` is positive and finite.
    public init(location: Double, scale: Double) {
        precondition(location.isFinite, "a Cauchy location must be finite")
        precondition(scale > 0 && scale.isFinite, "a Cauchy scale must be positive and finite")
        self.location = location
        self.scale = scale
    }

    /// Undefined (∫|x| f(x) dx diverges): NaN.
    public var mean: Double { .nan }
    /// Undefined: NaN.
    public var variance: Double { .nan }

    public func pdf(_ x: Double) -> Double {
        let z = (x - location) / scale
        return 1 / (Double.pi * scale * (1 + z * z))
    }

    /// −ln(πγ) − ln(1 + z²), with ln(1 + z²) = 2 ln|z| + ln(1 + 1/z²) for |z| > 1 so z² cannot
    /// overflow.
    public func logPDF(_ x: Double) -> Double {
        let z = abs((x - location) / scale)
        let logOnePlusZSquared = z <= 1 ? log1p(z * z) : 2 * log(z) + log1p(1 / (z * z))
        return -log(Double.pi * scale) - logOnePlusZSquared
    }

    public func cdf(_ x: Double) -> Double {
        let z = (x - location) / scale
        return z < -1 ? atan(-1 / z) / Double.pi : 0.5 + atan(z) / Double.pi
    }

    public func survival(_ x: Double) -> Double {
        let z = (x - location) / scale
        return z > 1 ? atan(1 / z) / Double.pi : 0.5 - atan(z) / Double.pi
    }

    /// tan(π(p − ½)) for p in [¼, ¾], where p − ½ is exact; −1/tan(πp) below and
    /// 1/tan(π(1 − p)) above (1 − p exact), the same function without the pole.
    public func quantile(_ p: Double) -> Double {
        precondition(p >= 0 && p <= 1, "a probability must lie in [0, 1]")
        let z: Double
        if p < 0.25 {
            z = -1 / tan(Double.pi * p)
        } else if p <= 0.75 {
            z = tan(Double.pi * (p - 0.5))
        } else {
            z = 1 / tan(Double.pi * (1 - p))
        }
        return location + scale * z
    }
}
