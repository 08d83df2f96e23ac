import Generative
import Testing

@Suite struct FrechetDistanceTests {
    /// In one dimension d² = (μ₁ − μ₂)² + (σ₁ − σ₂)², to 1e-15.
    @Test func oneDimensionalClosedForm() {
        let p = GaussianMoments(mean: [1.5], covariance: [4])
        let q = GaussianMoments(mean: [-0.5], covariance: [0.25])
        #expect(abs(frechetDistanceSquared(p, q) - (4 + 1.5 * 1.5)) <= 1e-15)
    }

    /// In two dimensions, against SciPy (`scipy.linalg.sqrtm`, at authoring time) to 1e-13, and
    /// against the definition with explicit matrix square roots (`Reference`) to 1e-13.
    @Test func twoDimensionalMatchesSciPyAndDefinition() {
        let cases: [(GaussianMoments, GaussianMoments, scipy: Double)] = [
            (GaussianMoments(mean: [0, 0], covariance: [2, 0.5, 0.5, 1]),
             GaussianMoments(mean: [1, -1], covariance: [1, -0.3, -0.3, 0.5]), 2.5533014127705487),
            (GaussianMoments(mean: [1.5, 0.2], covariance: [0.3, 0.1, 0.1, 4]),
             GaussianMoments(mean: [0, 0], covariance: [1, 0.9, 0.9, 1]), 3.9290990251937368),
        ]
        for (p, q, scipy) in cases {
            #expect(abs(frechetDistanceSquared(p, q) - scipy) <= 1e-13)
            #expect(abs(Reference.frechetDistanceSquared(p, q) - scipy) <= 1e-13)
            #expect(abs(frechetDistanceSquared(p, q) - frechetDistanceSquared(q, p)) <= 1e-14)
        }
    }

    /// Commuting (diagonal) covariances: d² = |μ₁ − μ₂|² + Σᵢ (√aᵢ − √bᵢ)²; a Gaussian and its
    /// rotation by 90° about its mean: d² = 2(√a − √b)² for Σ = diag(a, b); and d² = 0 between
    /// a Gaussian and itself, to 1e-14.
    @Test func constructedCases() {
        let diagonal = frechetDistanceSquared(GaussianMoments(mean: [0, 1], covariance: [4, 0, 0, 9]),
                                              GaussianMoments(mean: [2, 1], covariance: [1, 0, 0, 0.25]))
        #expect(abs(diagonal - (4 + 1 + 6.25)) <= 1e-14)
        let rotated = frechetDistanceSquared(GaussianMoments(mean: [0, 0], covariance: [3, 0, 0, 0.5]),
                                             GaussianMoments(mean: [0, 0], covariance: [0.5, 0, 0, 3]))
        #expect(abs(rotated - 2 * (3.0.squareRoot() - 0.5.squareRoot()) * (3.0.squareRoot() - 0.5.squareRoot())) <= 1e-14)
        let p = GaussianMoments(mean: [0.3, -2], covariance: [1.2, -0.7, -0.7, 0.9])
        #expect(abs(frechetDistanceSquared(p, p)) <= 1e-14)
    }

    /// The moments of a sample: the mean and the covariance with divisor n − 1, on a sample
    /// whose values are worked out by hand (points (0,0), (2,0), (0,4), (2,4): mean (1, 2),
    /// variances 4/3 and 16/3, covariance 0).
    @Test func sampleMoments() {
        let moments = GaussianMoments(sample: Matrix(rows: 4, columns: 2, values: [0, 0, 2, 0, 0, 4, 2, 4]))
        #expect(moments.mean == [1, 2])
        #expect(zip(moments.covariance, [4.0 / 3, 0, 0, 16.0 / 3]).allSatisfy { abs($0 - $1) <= 1e-15 })
    }
}
