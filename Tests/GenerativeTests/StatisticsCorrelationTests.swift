import Generative
import Testing

@Suite("Correlation")
struct StatisticsCorrelationTests {
    /// Reference from numpy.corrcoef on the same data (0.893322602063721); the x values share
    /// an offset of 1e9, which the deviations-first formula must not lose.
    @Test func matchesNumPyDespiteALargeOffset() {
        let x = [4.0, 7, 13, 16, 21].map { 1e9 + $0 }
        let y = [2.0, 3.5, 3.0, 7.25, 8.0]
        #expect(abs(correlation(x, y) - 0.893322602063721) < 1e-14)
    }

    @Test func pointsOnALineHaveCorrelationPlusOrMinusOne() {
        let x = (0..<50).map { Double($0) * 0.37 - 4 }
        #expect(abs(correlation(x, x.map { 3 * $0 + 2 }) - 1) < 1e-14)
        #expect(abs(correlation(x, x.map { -0.5 * $0 + 1 }) + 1) < 1e-14)
    }

    @Test func isSymmetricAndUnchangedByPositiveRescaling() {
        let x = [1.0, 4, 2, 8, 5, 7]
        let y = [2.0, 3, 1, 9, 4, 4]
        #expect(abs(correlation(x, y) - correlation(y, x)) < 1e-15)
        #expect(abs(correlation(x, y) - correlation(x.map { 10 * $0 - 3 }, y.map { 0.1 * $0 })) < 1e-14)
    }
}
