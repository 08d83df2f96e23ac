#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// The normal (Gaussian) distribution N(μ, σ²):
///
///     f(x) = exp(−z²/2) / (σ√(2π)),   F(x) = Φ(z),   F⁻¹(p) = μ + σ·Φ⁻¹(p),   z = (x − μ)/σ.
///
/// Φ and Φ⁻¹ are `standardNormalCDF` (Cody) and `standardNormalQuantile` (Wichura, with a
/// Newton step in the tails), both to about 1e-15 relative over the whole double range
/// that matters. Their accuracy is for the standardized z; forming z = (x − μ)/σ rounds it,
/// and Φ magnifies a relative error of z by z² in the tails, as any method would.
///
/// Sampling is by inverse transform, μ + σ·Φ⁻¹(U): slower than Box–Muller or the ziggurat
/// but exact in the same sense as the quantile, monotone in U and one uniform per draw.
public struct Normal: ContinuousDistribution, Equatable {
    /// μ.
    public let mean: Double
    /// σ > 0.
    public let standardDeviation: Double

    /// N(0, 1).
    public static let standard = Normal(mean: 0, standardDeviation: 1)

    /// - Precondition: `mean` is finite and `standardDeviation` is positive and finite.
    public init(mean: Double, standardDeviation: Double) {
        precondition(mean.isFinite, "a normal mean must be finite")
        precondition(
            standardDeviation > 0 && standardDeviation.isFinite,
            "a normal standard deviation must be positive and finite")
        self.mean = mean
        self.standardDeviation = standardDeviation
    }

    /// σ².
    public var variance: Double { standardDeviation * standardDeviation }

    public func pdf(_ x: Double) -> Double {
        let z = (x - mean) / standardDeviation
        return exp(-0.5 * z * z) * (0.398942280401432677939946059934 / standardDeviation)
    }

    /// −z²/2 − ln σ − ½ ln 2π, finite however far out x is.
    public func logPDF(_ x: Double) -> Double {
        let z = (x - mean) / standardDeviation
        return -0.5 * z * z - log(standardDeviation) - 0.918938533204672741780329736406
    }

    public func cdf(_ x: Double) -> Double {
        standardNormalCDF((x - mean) / standardDeviation)
    }

    public func survival(_ x: Double) -> Double {
        standardNormalSurvival((x - mean) / standardDeviation)
    }

    public func quantile(_ p: Double) -> Double {
        mean + standardDeviation * standardNormalQuantile(p)
    }

    /// `quantile(p)` for every p, in order, bit for bit, by the faster
    /// `standardNormalQuantiles(_:)`.
    public func quantiles(_ probabilities: [Double]) -> [Double] {
        var values = standardNormalQuantiles(probabilities)
        for i in values.indices { values[i] = mean + standardDeviation * values[i] }
        return values
    }
}
