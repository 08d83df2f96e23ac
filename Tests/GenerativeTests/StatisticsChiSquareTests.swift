import Generative
import Testing

@Suite("Chi-square goodness of fit")
struct StatisticsChiSquareTests {
    /// A die rolled 88 times: counts [16, 18, 16, 14, 12, 12] against 88/6 each.
    /// By hand: the deviations are (4, 10, 4, −2, −8, −8)/3, Σ (Oᵢ − Eᵢ)² = 264/9, and
    /// χ² = (264/9) / (88/6) = 2, with ν = 5. `scipy.stats.chisquare([16, 18, 16, 14, 12, 12])` gives statistic 2.0 and
    /// p-value 0.8491450360846096. Reached: |Δp| = 1.1e-16.
    @Test func fairDie() {
        let test = ChiSquareTest(observed: [16, 18, 16, 14, 12, 12], probabilities: Array(repeating: 1.0 / 6, count: 6))
        #expect(abs(test.statistic - 2) <= 1e-13)
        #expect(test.degreesOfFreedom == 5)
        #expect(abs(test.pValue - 0.8491450360846096) <= 1e-10)
    }

    /// Mendel's peas (round-yellow, wrinkled-yellow, round-green, wrinkled-green) against
    /// 9:3:3:1. `scipy.stats.chisquare([315, 108, 101, 32], f_exp=[9, 3, 3, 1]/16*556)` gives
    /// χ² = 0.4700239808153477, p = 0.925425895103616. Reached: |Δp| = 0.
    @Test func mendelsPeas() {
        let test = ChiSquareTest(observed: [315, 108, 101, 32], probabilities: [9, 3, 3, 1].map { $0 / 16.0 })
        #expect(abs(test.statistic - 0.4700239808153477) <= 1e-13)
        #expect(test.degreesOfFreedom == 3)
        #expect(abs(test.pValue - 0.925425895103616) <= 1e-10)
    }

    /// One estimated parameter costs a degree of freedom:
    /// `scipy.stats.chisquare([15, 30, 35, 20], f_exp=[20, 30, 30, 20], ddof=1)` gives
    /// χ² = 2.0833333333333335, p = 0.35286608145884896 (ν = 2, p = e^(−χ²/2)).
    /// Reached: |Δp| = 5.6e-17.
    @Test func estimatedParametersReduceTheDegreesOfFreedom() {
        let test = ChiSquareTest(observed: [15, 30, 35, 20], expected: [20, 30, 30, 20], estimatedParameters: 1)
        #expect(abs(test.statistic - 2.0833333333333335) <= 1e-13)
        #expect(test.degreesOfFreedom == 2)
        #expect(abs(test.pValue - 0.35286608145884896) <= 1e-10)
    }
}
