import Foundation
import Generative

/// n draws of N(mean, sd²) as an n × 1 matrix.
func normalColumn(_ n: Int, mean: Double, sd: Double = 1, _ generator: inout Xoshiro256StarStar) -> Matrix {
    let normal = Normal(mean: mean, standardDeviation: sd)
    return Matrix(rows: n, columns: 1, values: (0..<n).map { _ in normal.sample(using: &generator) })
}

/// The population MMD² between N(μ₁, s²) and N(μ₂, s²) on the line under the Gaussian kernel
/// with bandwidth σ. With D ~ N(δ, 2s²) the difference of two independent draws,
/// E exp(−D²/(2σ²)) = σ/√(σ² + 2s²) · exp(−δ²/(2(σ² + 2s²))), so
///
///     MMD² = 2σ/√(σ² + 2s²) · (1 − exp(−(μ₁ − μ₂)²/(2(σ² + 2s²)))).
func gaussianPopulationMMDSquared(shift: Double, sd s: Double = 1, bandwidth sigma: Double) -> Double {
    let v = sigma * sigma + 2 * s * s
    return 2 * sigma / v.squareRoot() * (1 - exp(-shift * shift / (2 * v)))
}

/// |a − b| / max(1e-12, |a|, |b|).
func mmdRelativeError(_ a: Double, _ b: Double) -> Double {
    abs(a - b) / max(1e-12, abs(a), abs(b))
}
