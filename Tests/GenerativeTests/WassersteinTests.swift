import Generative
import Testing

@Suite struct WassersteinTests {
    /// Against `scipy.stats.wasserstein_distance` (SciPy 1.17.1), computed at authoring time
    /// for samples of unequal sizes with ties: agreement to 1e-15 relative.
    @Test func matchesSciPy() {
        let cases: [(x: [Double], y: [Double], scipy: Double)] = [
            ([0.3, -1.2, 2.5, 0.7, 0.7, 4.1, -0.4], [1.0, -2.0, 0.25, 3.3, 0.6], 0.6157142857142858),
            ([3.0, 1.0, 2.0], [10.0, -5.0, 0.5, 0.5, 7.25, 2.0, 1.0, -1.5], 2.96875),
        ]
        for c in cases {
            #expect(abs(wasserstein1(c.x, c.y) - c.scipy) <= 1e-15 * c.scipy)
            #expect(wasserstein1(c.x, c.y) == wasserstein1(c.y, c.x))
        }
    }

    /// Two samples of one size: the general sweep over the CDFs equals the matching of sorted
    /// points, (1/n) Σ |x₍ᵢ₎ − y₍ᵢ₎|, the value `wasserstein1WithGradient` returns.
    @Test func equalSizesMatchSortedPairs() {
        var rng = Xoshiro256StarStar(seed: 61)
        let x = (0..<500).map { _ in Normal(mean: 1, standardDeviation: 2).sample(using: &rng) }
        let y = (0..<500).map { _ in Normal(mean: -0.5, standardDeviation: 0.7).sample(using: &rng) }
        let paired = wasserstein1WithGradient(generated: x, real: y).value
        #expect(abs(wasserstein1(x, y) - paired) <= 1e-13 * paired)
    }

    /// Samples at the quantiles Φ⁻¹((i − ½)/n) of two Gaussians: with equal σ the sorted
    /// points differ by μ₁ − μ₂ exactly, so W₁ = |μ₁ − μ₂| to rounding (1e-12); with unequal σ
    /// the sum is the midpoint rule for ∫₀¹ |a + b Φ⁻¹(u)| du, within 1e-4 of the closed form
    /// at n = 20 000. The closed form itself matches SciPy's quadrature of ∫ |F₁ − F₂|
    /// (`scipy.integrate.quad`, at authoring time) to 1e-13.
    @Test func gaussianClosedForm() {
        let n = 20_000
        let levels = (0..<n).map { (Double($0) + 0.5) / Double(n) }
        let pairs: [(Normal, Normal, quadrature: Double)] = [
            (Normal(mean: 0, standardDeviation: 1), Normal(mean: 1, standardDeviation: 2), 1.1666309411753721),
            (Normal(mean: 0.5, standardDeviation: 0.3), Normal(mean: -1, standardDeviation: 1.7), 1.7032394984317007),
            (Normal(mean: 2, standardDeviation: 1.5), Normal(mean: 2, standardDeviation: 0.5), 0.7978845608028655),
        ]
        for (p, q, quadrature) in pairs {
            #expect(abs(p.wasserstein1(to: q) - quadrature) <= 1e-13)
            #expect(abs(wasserstein1(p.quantiles(levels), q.quantiles(levels)) - quadrature) <= 1e-4)
        }
        let (p, q) = (Normal(mean: 3, standardDeviation: 0.8), Normal(mean: -1.25, standardDeviation: 0.8))
        #expect(abs(wasserstein1(p.quantiles(levels), q.quantiles(levels)) - 4.25) <= 1e-12)
        #expect(p.wasserstein1(to: q) == 4.25)
    }

    /// The gradient of the sorted-pair W₁ with respect to each generated point is sign(x₍ᵢ₎ −
    /// y₍ᵢ₎)/n: against central differences (exact here, W₁ being piecewise linear and no
    /// point within h of a tie).
    @Test func gradientMatchesFiniteDifferences() {
        var rng = Xoshiro256StarStar(seed: 62)
        let x = (0..<40).map { _ in Normal.standard.sample(using: &rng) }
        let y = (0..<40).map { _ in Normal(mean: 0.3, standardDeviation: 1.5).sample(using: &rng) }
        let (_, gradient) = wasserstein1WithGradient(generated: x, real: y)
        let h = 1e-7
        for i in x.indices {
            var (plus, minus) = (x, x)
            plus[i] += h
            minus[i] -= h
            let numeric = (wasserstein1(plus, y) - wasserstein1(minus, y)) / (2 * h)
            #expect(abs(numeric - gradient[i]) < 1e-6)
        }
    }
}
