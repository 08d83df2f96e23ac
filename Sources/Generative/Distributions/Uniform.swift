#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// The continuous uniform distribution on [a, b]:
///
///     f(x) = 1/(b − a) on [a, b],   F(x) = (x − a)/(b − a),   F⁻¹(p) = a + p(b − a),
///
/// mean (a + b)/2 and variance (b − a)²/12. Its quantile is a straight line, so inverse
/// transform sampling just stretches the standard uniform onto [a, b].
public struct Uniform: ContinuousDistribution, Equatable {
    /// a.
    public let lower: Double
    /// b.
    public let upper: Double

    /// - Precondition: `lower` < `upper`, both finite.
    public init(lower: Double, upper: Double) {
        precondition(lower.isFinite && upper.isFinite, "uniform bounds must be finite")
        precondition(lower < upper, "a uniform distribution needs lower < upper")
        self.lower = lower
        self.upper = upper
    }

    public var mean: Double { 0.5 * lower + 0.5 * upper }

    public var variance: Double {
        let width = upper - lower
        return width * width / 12
    }

    public func pdf(_ x: Double) -> Double {
        lower <= x && x <= upper ? 1 / (upper - lower) : 0
    }

    public func logPDF(_ x: Double) -> Double {
        lower <= x && x <= upper ? -log(upper - lower) : -.infinity
    }

    public func cdf(_ x: Double) -> Double {
        min(max((x - lower) / (upper - lower), 0), 1)
    }

    public func survival(_ x: Double) -> Double {
        min(max((upper - x) / (upper - lower), 0), 1)
    }

    /// Measured from the nearer end, so quantile(0) = a and quantile(1) = b exactly.
    public func quantile(_ p: Double) -> Double {
        precondition(p >= 0 && p <= 1, "a probability must lie in [0, 1]")
        return p <= 0.5 ? lower + p * (upper - lower) : upper - (1 - p) * (upper - lower)
    }
}
