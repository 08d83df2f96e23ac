#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// The logistic distribution with location μ and scale s, whose CDF is the logistic sigmoid
/// and whose quantile is the logit:
///
///     F(x) = 1/(1 + e^(−z)),   f(x) = e^(−z) / (s(1 + e^(−z))²),   F⁻¹(p) = μ + s·ln(p/(1 − p)),
///
/// z = (x − μ)/s; mean μ, variance s²π²/3. It looks like a normal with heavier,
/// exponential tails (f ~ e^(−|z|)/s); its CDF is the sigmoid that turns a classifier's
/// score, a GAN discriminator's among them, into a probability.
///
/// Every formula is written with e^(−|z|) ≤ 1, so nothing overflows and the far tails keep
/// their relative accuracy.
public struct Logistic: ContinuousDistribution, Equatable {
    /// μ, the mean, median and mode.
    public let location: Double
    /// s > 0.
    public let scale: Double

    /// - Precondition: `location` is finite and `scale` is positive and finite.
    public init(location: Double, scale: Double) {
        precondition(location.isFinite, "a logistic location must be finite")
        precondition(scale > 0 && scale.isFinite, "a logistic scale must be positive and finite")
        self.location = location
        self.scale = scale
    }

    public var mean: Double { location }
    public var variance: Double { scale * scale * Double.pi * Double.pi / 3 }

    public func pdf(_ x: Double) -> Double {
        let e = exp(-abs((x - location) / scale))
        return e / (scale * (1 + e) * (1 + e))
    }

    public func logPDF(_ x: Double) -> Double {
        let z = abs((x - location) / scale)
        return -z - 2 * log1p(exp(-z)) - log(scale)
    }

    public func cdf(_ x: Double) -> Double {
        sigmoid((x - location) / scale)
    }

    public func survival(_ x: Double) -> Double {
        sigmoid((location - x) / scale)
    }

    /// The logit ln(p/(1 − p)). In the middle, p/(1 − p) is near 1 and its rounding would
    /// cost the small result its relative accuracy, so there it is log1p((2p − 1)/(1 − p)),
    /// with 2p − 1 exact for p ≥ ¼.
    public func quantile(_ p: Double) -> Double {
        precondition(p >= 0 && p <= 1, "a probability must lie in [0, 1]")
        let logit = p < 0.25 || p > 0.75 ? log(p / (1 - p)) : log1p((2 * p - 1) / (1 - p))
        return location + scale * logit
    }

    /// 1/(1 + e^(−z)), as e^z/(1 + e^z) for z < 0.
    private func sigmoid(_ z: Double) -> Double {
        if z >= 0 { return 1 / (1 + exp(-z)) }
        let e = exp(z)
        return e / (1 + e)
    }
}
