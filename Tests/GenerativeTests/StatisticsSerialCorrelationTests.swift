import Foundation
import Generative
import Testing

@Suite("Serial correlation")
struct StatisticsSerialCorrelationTests {
    /// References from NumPy 2.4.6 with the same estimator:
    /// `d = x - x.mean(); (d[:n-k] * d[k:]).sum() / (d * d).sum()`
    /// for x = [1, 3, 2, 5, 4, 6, 8, 7, 9, 10]. Hand check for lag 1: x̄ = 5.5, Σd² = 82.5 and
    /// Σ dᵢ dᵢ₊₁ = 47.75, so r₁ = 47.75 / 82.5 = 0.578787…. Reached: exact to the last bit.
    @Test(arguments: [
        (0, 1.0), (1, 0.5787878787878787), (2, 0.41818181818181815),
        (3, 0.16666666666666666), (9, -0.24545454545454545),
    ])
    func matchesNumPyOnAShortSequence(lag: Int, expected: Double) {
        let x: [Double] = [1, 3, 2, 5, 4, 6, 8, 7, 9, 10]
        #expect(abs(serialCorrelation(x, lag: lag) - expected) <= 1e-15)
    }

    /// x = sin(0.7 i) + 0.1 i, i = 0…39; NumPy as above gives r₁ = 0.8560930814577028 and
    /// r₅ = 0.24739848746874513. Reached: within 1.1e-16.
    @Test func matchesNumPyOnATrendedSine() {
        let x = (0..<40).map { sin(0.7 * Double($0)) + 0.1 * Double($0) }
        #expect(abs(serialCorrelation(x, lag: 1) - 0.8560930814577028) <= 1e-14)
        #expect(abs(serialCorrelation(x, lag: 5) - 0.24739848746874513) <= 1e-14)
    }

    /// +1, −1, +1, … (n = 10): x̄ = 0, every lag-1 product is −1, so r₁ = −9/10.
    @Test func alternatingSequenceIsNegativelyCorrelated() {
        let x = (0..<10).map { $0.isMultiple(of: 2) ? 1.0 : -1.0 }
        #expect(serialCorrelation(x, lag: 1) == -0.9)
        #expect(serialCorrelation(x, lag: 2) == 0.8)
    }
}
