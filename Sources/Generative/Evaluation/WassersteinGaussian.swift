#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

extension Normal {
    /// W₁ between two normal distributions on the line, in closed form. Their quantile functions
    /// differ by F₁⁻¹(u) − F₂⁻¹(u) = a + b Φ⁻¹(u), a = μ₁ − μ₂, b = σ₁ − σ₂, so W₁ = E|a + bZ|
    /// for Z standard normal, the mean of a folded normal:
    ///
    ///     W₁ = |b| √(2/π) e^(−a²/2b²) + a (1 − 2Φ(−a/|b|)),    and |a| when b = 0.
    public func wasserstein1(to other: Normal) -> Double {
        let a = mean - other.mean
        let b = abs(standardDeviation - other.standardDeviation)
        guard b > 0 else { return abs(a) }
        return b * (2 / Double.pi).squareRoot() * exp(-a * a / (2 * b * b)) + a * (1 - 2 * Normal.standard.cdf(-a / b))
    }
}
