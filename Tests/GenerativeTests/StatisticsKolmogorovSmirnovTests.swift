import Foundation
import Generative
import Testing

@Suite("Kolmogorov–Smirnov")
struct StatisticsKolmogorovSmirnovTests {
    /// (n, d, P(Dₙ ≥ d)) from `scipy.stats.kstwo.sf(d, n)` (SciPy 1.17.1), which is exact for
    /// n ≤ 140, and for n = 1000, d = 0.012 (where it uses the same Durbin matrix method). Covers
    /// n d ≤ ½ (p = 1), ½ < n d ≤ 1 (p = 1 − n!/nⁿ (2d − 1/n)ⁿ), the matrix method (most) and the
    /// doubled one-sided tail for n d² ≥ 6 ((10, 0.8), (50, 0.35), (100, 0.25)).
    /// Reached: absolute error ≤ 8.3e-15, the largest at n = 100, d = 0.136, where a 60-digit
    /// evaluation of the Durbin matrix formula shows SciPy off by 7.4e-15 and us by 8.7e-16.
    static let exact: [(n: Int, d: Double, p: Double)] = [
        (1, 0.3, 1.0), (1, 0.75, 0.5),
        (5, 0.05, 1.0), (5, 0.15, 0.9988), (5, 0.3, 0.664), (5, 0.5, 0.112), (5, 0.95, 6.250000000000028e-07),
        (10, 0.274, 0.3715203845434957), (10, 0.41, 0.04932075782870493), (10, 0.8, 2.207999999999995e-07),
        (50, 0.1, 0.6623112704658186), (50, 0.2, 0.03143877776953241), (50, 0.35, 5.573523514803185e-06),
        (100, 0.04, 0.995307510717411), (100, 0.1, 0.2526927570063874), (100, 0.136, 0.044860299790847456),
        (100, 0.25, 5.408871776434847e-06), (1000, 0.012, 0.9984464668620097),
    ]

    @Test func exactPValuesMatchSciPy() {
        for (n, d, p) in Self.exact {
            #expect(abs(kolmogorovSmirnovPValue(d, sampleSize: n) - p) <= 1e-10, "n = \(n), d = \(d)")
            #expect(kolmogorovSmirnovIsExact(d, sampleSize: n))
        }
    }

    /// Far tails, n d² ≥ 6, against `2 * scipy.special.smirnov(n, d)` (equal here to
    /// `scipy.stats.kstwo.sf(d, n)`): n = 1000, d = 0.1 gives 3.703687096817711e-09 and
    /// n = 100000, d = 0.01 gives 4.093278023549254e-09. Reached: relative error ≤ 3.6e-15.
    @Test func farTailsKeepTheirRelativeAccuracy() {
        #expect(abs(kolmogorovSmirnovPValue(0.1, sampleSize: 1000) / 3.703687096817711e-09 - 1) <= 1e-12)
        #expect(abs(kolmogorovSmirnovPValue(0.01, sampleSize: 100_000) / 4.093278023549254e-09 - 1) <= 1e-12)
    }

    /// n = 10000, d = 0.0205: n d = 205 is past the matrix method, n d² = 4.2 short of the tail
    /// formula, so the Pelz–Good expansion answers. Reference `scipy.stats.kstwo.sf(0.0205,
    /// 10000)` = 0.000441152712338081 (there SciPy uses 2·smirnov, off by ~2e^(−8·4.2) ≈ 5e-15).
    /// Reached: absolute error 1.1e-11.
    @Test func pelzGoodForLargeSamples() {
        #expect(!kolmogorovSmirnovIsExact(0.0205, sampleSize: 10_000))
        #expect(abs(kolmogorovSmirnovPValue(0.0205, sampleSize: 10_000) - 0.000441152712338081) <= 1e-10)
    }

    /// (λ, Q_KS(λ)) from `scipy.special.kolmogorov(λ)`; λ < 1.18 uses the theta-function form.
    /// Reached: absolute error ≤ 1.7e-16.
    @Test(arguments: [
        (0.1, 1.0), (0.2, 0.999999999999495), (0.3, 0.9999906941986655), (0.5, 0.9639452436648751),
        (0.8, 0.5441424115741981), (1.0, 0.26999967167735456), (1.17, 0.12939004218561884),
        (1.19, 0.11774229287977166), (1.36, 0.049485876755377876), (1.63, 0.009846364888486529),
        (2.0, 0.0006709252557796953), (3.0, 3.045995948942526e-08),
    ])
    func limitingDistributionMatchesSciPy(lambda: Double, expected: Double) {
        #expect(abs(kolmogorovSurvival(lambda) - expected) <= 1e-15)
    }

    /// (n, d, P(D⁺ₙ ≥ d)) from `scipy.special.smirnov(n, d)` (exact for n ≤ 10⁶).
    /// Reached: relative error ≤ 3.9e-15.
    @Test(arguments: [
        (5, 0.3, 0.34282), (100, 0.1, 0.1265906584562817), (1000, 0.05, 0.006506037390545166),
        (1000, 0.15, 2.08212401121539e-20), (1_000_000, 0.003, 1.5199063759696346e-08),
    ])
    func oneSidedTailMatchesSciPy(n: Int, d: Double, expected: Double) {
        #expect(abs(smirnovSurvival(d, sampleSize: n) / expected - 1) <= 1e-13)
    }

    /// {0.1, 0.4, 0.7} against U(0, 1), by hand: at the sorted values F = 0.1, 0.4, 0.7, so
    /// (i+1)/n − F = 0.233, 0.267, 0.3 and F − i/n = 0.1, 0.067, 0.033: D⁺ = 0.3 at x = 0.7
    /// (where Fₙ reaches 1), D⁻ = 0.1, D = 0.3. `scipy.stats.kstest([0.1, 0.4, 0.7], 'uniform')`
    /// gives statistic 0.30000000000000004, p 0.8862222222222221, location 0.7, sign +1.
    /// Reached: |Δp| = 0.
    @Test func handCheckedStatisticAbove() {
        let test = KolmogorovSmirnovTest([0.7, 0.1, 0.4]) { $0 }
        #expect(abs(test.dPlus - 0.3) <= 1e-15)
        #expect(abs(test.dMinus - 0.1) <= 1e-15)
        #expect(test.statistic == test.dPlus)
        #expect(test.location == 0.7)
        #expect(test.cdfAtLocation == 0.7)
        #expect(test.empiricalAtLocation == 1)
        #expect(abs(test.pValue - 0.8862222222222221) <= 1e-10)
        #expect(test.pValueIsExact)
    }

    /// {0.3, 0.8, 0.9} against U(0, 1): F − i/n = 0.3, 0.467, 0.233, so D⁻ = 7/15 at x = 0.8,
    /// where Fₙ jumps from 1/3; D⁺ = 0.1. SciPy: statistic 0.46666666666666673,
    /// p 0.4151111111111111, location 0.8, sign −1. Reached: |Δp| = 0.
    @Test func handCheckedStatisticBelow() {
        let test = KolmogorovSmirnovTest([0.3, 0.8, 0.9]) { $0 }
        #expect(abs(test.statistic - 7.0 / 15) <= 1e-15)
        #expect(test.statistic == test.dMinus)
        #expect(test.location == 0.8)
        #expect(test.empiricalAtLocation == 1.0 / 3)
        #expect(abs(test.pValue - 0.4151111111111111) <= 1e-10)
    }

    /// xᵢ = ((i + ½)/50)^1.2, i = 0…49, against U(0, 1):
    /// `scipy.stats.kstest(x, 'uniform')` gives statistic 0.07696326661742015,
    /// p 0.9063367444778424, location 0.34303673338257984, sign +1. Reached: statistic,
    /// location and p all exact to the last bit.
    @Test func matchesSciPyKSTest() {
        let x = (0..<50).map { pow((Double($0) + 0.5) / 50, 1.2) }
        let test = KolmogorovSmirnovTest(x) { min(max($0, 0), 1) }
        #expect(abs(test.statistic - 0.07696326661742015) <= 1e-15)
        #expect(abs(test.pValue - 0.9063367444778424) <= 1e-10)
        #expect(abs(test.location - 0.34303673338257984) <= 1e-15)
        #expect(test.statistic == test.dPlus)
    }
}
