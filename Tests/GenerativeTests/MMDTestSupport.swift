import Foundation
import Generative

/// n draws of N(mean, sd²) as an n × 1 matrix.
func normalColumn(_ n: Int, mean: Double, sd: Double = 1, _ generator: inout Xoshiro256StarStar) -> Matrix {
    let normal = Normal(mean: mean, standardDeviation: sd)
    return Matrix(rows: n, columns: 1, values: (0..<n).map { _ in normal.sample(using: &generator) })
}

/// MMD² straight from its definition, with a double loop over every pair and the kernel's
/// scalar `callAsFunction`: the reference for the row-by-row implementation.
func bruteForceMMDSquared(
    _ x: Matrix, _ y: Matrix, kernel: some RadialKernel, estimator: MMDEstimator
) -> Double {
    func row(_ a: Matrix, _ i: Int) -> [Double] { Array(a.values[(i * a.columns)..<((i + 1) * a.columns)]) }
    func average(_ a: Matrix, _ b: Matrix, skipDiagonal: Bool) -> Double {
        var (sum, count) = (0.0, 0)
        for i in 0..<a.rows {
            for j in 0..<b.rows where !(skipDiagonal && i == j) {
                sum += kernel(row(a, i), row(b, j))
                count += 1
            }
        }
        return sum / Double(count)
    }
    let skip = estimator == .unbiased
    return average(x, x, skipDiagonal: skip) + average(y, y, skipDiagonal: skip)
        - 2 * average(x, y, skipDiagonal: false)
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
