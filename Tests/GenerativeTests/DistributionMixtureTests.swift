import Foundation
import Generative
import Testing

@Suite("Mixtures and the numerical quantile")
struct DistributionMixtureTests {
    /// The book's kind of target: two well-separated normals with unequal weights.
    static let twoNormals = Mixture(
        [Normal(mean: -2, standardDeviation: 1), Normal(mean: 3, standardDeviation: 0.5)], weights: [0.3, 0.7])

    /// Three components of different families, one heavy-tailed.
    static let mixed = Mixture(
        [Normal(mean: 0, standardDeviation: 1), Cauchy(location: 5, scale: 2), Laplace(location: -4, scale: 0.5)],
        weights: [2, 1, 1])

    static let probabilities: [Double] = {
        let middle: [Double] = (1...199).map { Double($0) / 200 }
        let ends: [Double] = [1e-12, 1e-9, 1e-6, 1e-3, 1 - 1e-6, 1 - 1e-9, 1 - 1e-12]
        return ends + middle
    }()

    /// |F(Q(p)) − p| ≤ 1e-12 over 206 values of p from 1e-12 to 1 − 1e-12, and relative to the
    /// smaller tail, |T(Q(p))/t − 1| ≤ 1e-13 (T = F, t = p below the median; T = S, t = 1 − p
    /// above). Measured: at most 3.3e-16 absolute, and 5.0e-15 relative (at p = 1 − 1e-9 for
    /// the two normals, where x = 5.97 lies 6σ out in the narrow component: the tail is so
    /// steep, κ = x f/S ≈ 73, that one ulp of x changes S by 1.1e-14).
    @Test(arguments: [twoNormals, mixed])
    func quantileInvertsTheCDF(_ mixture: Mixture) {
        for p in Self.probabilities {
            let x = mixture.quantile(p)
            #expect(abs(mixture.cdf(x) - p) <= 1e-12, "p = \(p)")
            let (tail, target) = p <= 0.5 ? (mixture.cdf(x), p) : (mixture.survival(x), 1 - p)
            #expect(abs(tail / target - 1) <= 1e-13, "p = \(p)")
        }
        #expect(mixture.quantile(0) == -.infinity)
        #expect(mixture.quantile(1) == .infinity)
    }

    /// Sampling by composition against the mixture's CDF: 20 000 seeded draws, Kolmogorov–
    /// Smirnov p-value above 0.001.
    @Test(arguments: [twoNormals, mixed])
    func samplesPassKolmogorovSmirnov(_ mixture: Mixture) {
        var generator = Xoshiro256StarStar(seed: 11)
        let draws = mixture.samples(20_000, using: &generator)
        #expect(KolmogorovSmirnovTest(draws, cdf: mixture.cdf).pValue > 0.001)
    }

    /// Mean 0.3·(−2) + 0.7·3 = 1.5; variance by the law of total variance,
    /// 0.3·(1 + 3.5²) + 0.7·(0.25 + 1.5²) = 5.725. Sample moments of 200 000 draws within 5
    /// standard errors (σ/√n for the mean; for the variance √((μ₄ − σ⁴)/n), with
    /// μ₄ = Σᵢ wᵢ E[(Xᵢ − μ)⁴] = Σᵢ wᵢ (3σᵢ⁴ + 6σᵢ²dᵢ² + dᵢ⁴), dᵢ = μᵢ − μ).
    @Test func momentsFollowTheLawOfTotalVariance() {
        let mixture = Self.twoNormals
        #expect(abs(mixture.mean - 1.5) <= 1e-15)
        #expect(abs(mixture.variance - 5.725) <= 1e-14)
        let first: Double = 3 + 6 * 3.5 * 3.5 + pow(3.5, 4)  // σ = 1, d = −3.5
        let second: Double = 3 * 0.0625 + 6 * 0.25 * 2.25 + pow(1.5, 4)  // σ = 0.5, d = 1.5
        let fourth = 0.3 * first + 0.7 * second
        var generator = Xoshiro256StarStar(seed: 5)
        let n = 200_000
        let draws = mixture.samples(n, using: &generator)
        #expect(abs(mean(draws) - 1.5) <= 5 * (5.725 / Double(n)).squareRoot())
        #expect(abs(variance(draws) - 5.725) <= 5 * ((fourth - 5.725 * 5.725) / Double(n)).squareRoot())
    }

    /// The weights are normalized, the density is the weighted sum, and the log-density stays
    /// finite where every component's density underflows: at x = −60 the first normal gives
    /// ln 0.3 − 58²/2 − ½ ln 2π and the second is far smaller.
    @Test func densityAndLogDensity() {
        let mixture = Self.twoNormals
        #expect(mixture.weights == [0.3, 0.7])
        #expect(Mixture([Normal.standard, Normal.standard], weights: [1, 3]).weights == [0.25, 0.75])
        let x = 0.4
        let expected = 0.3 * Normal(mean: -2, standardDeviation: 1).pdf(x) + 0.7 * Normal(mean: 3, standardDeviation: 0.5).pdf(x)
        #expect(abs(mixture.pdf(x) - expected) <= 1e-16)
        #expect(abs(mixture.logPDF(x) - log(expected)) <= 1e-15)
        #expect(mixture.pdf(-60) == 0)
        let logDensity = log(0.3) - 58 * 58 / 2 - 0.5 * log(2 * Double.pi)
        #expect(abs(mixture.logPDF(-60) / logDensity - 1) <= 1e-15)
        #expect(abs(mixture.cdf(1) + mixture.survival(1) - 1) <= 2e-16)
    }

    /// The root finder on distributions whose quantile is known, from p = 1e-300 to 1 − 2⁻⁵³,
    /// from the default start and from starts far off on either side: the two x agree to
    /// 1e-14 relative, or, where the tail probability T (F below the median, S above) is
    /// shallow near 0 (T/f > |x|), to 1e-14·T/f, the distance by which a relative error of
    /// 1e-14 in T moves the root. (The uniform at p ≤ 1e-30 is skipped: its quantile 2 + 3p
    /// rounds to 2, where F is 0, and the root finder rightly returns the next double up,
    /// the smallest with F ≥ p.) Measured: worst 3.6e-15 relative, for the log-normal at
    /// p = 1e-300, where F = Φ(ln x) magnifies the rounding of ln x some 700-fold; 3.6e-16
    /// elsewhere.
    @Test func rootFindingAgreesWithClosedForms() {
        let distributions: [any ContinuousDistribution] = [
            Normal(mean: 1, standardDeviation: 2), Exponential(rate: 3), Cauchy(location: -1, scale: 0.1),
            Logistic(location: 2, scale: 1), LogNormal(mu: 0, sigma: 1), Uniform(lower: 2, upper: 5),
        ]
        let probabilities = [1e-300, 1e-30, 1e-5, 0.05, 0.3, 0.5, 0.6, 0.95, 1 - 1e-9, 1 - 0x1p-53]
        for distribution in distributions {
            for p in probabilities {
                let exact = distribution.quantile(p)
                if distribution is Uniform && p <= 1e-30 { continue }
                let density = distribution.pdf(exact)
                let scale = abs(exact) + (density > 0 ? min(p, 1 - p) / density : 0)
                for start in [nil, 1e6...1e6, -3e-3...(-1e-3)] as [ClosedRange<Double>?] {
                    let found = distribution.quantileByRootFinding(p, startingFrom: start)
                    #expect(abs(found - exact) <= 1e-14 * scale, "\(type(of: distribution)) at p = \(p) from \(String(describing: start))")
                }
            }
        }
    }

    /// Where F is flat at level p, F⁻¹(p) = min{x : F(x) ≥ p} is the left end of the flat
    /// stretch: for equal parts of U(0, 1) and U(2, 3), F = ½ on [1, 2] and the median is 1.
    @Test func quantileInAFlatStretchIsItsLeftEnd() {
        let gapped = Mixture([Uniform(lower: 0, upper: 1), Uniform(lower: 2, upper: 3)], weights: [1, 1])
        #expect(abs(gapped.quantile(0.5) - 1) <= 1e-15)
        #expect(abs(gapped.quantile(0.75) - 2.5) <= 1e-15)
        #expect(abs(gapped.quantile(0.25) - 0.5) <= 1e-15)
    }
}
