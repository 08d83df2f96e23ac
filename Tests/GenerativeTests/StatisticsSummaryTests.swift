import Generative
import Testing

@Suite("Summary statistics")
struct StatisticsSummaryTests {
    /// 1e9 + {4, 7, 13, 16}: mean 1e9 + 10, variance (36 + 9 + 9 + 36)/3 = 30 by hand. The
    /// textbook Σx² − n x̄² gives −170.67 in doubles; the two-pass algorithm is exact here
    /// (every deviation is an exactly representable integer).
    @Test func varianceSurvivesCatastrophicCancellation() {
        let values = [4.0, 7, 13, 16].map { 1e9 + $0 }
        #expect(mean(values) == 1e9 + 10)
        #expect(variance(values) == 30)
        #expect(standardDeviation(values) == 30.0.squareRoot())
        // At 1e12 the naive formula gives 0; numpy.var(ddof=1) gives 30.0, as do we.
        #expect(variance([4.0, 7, 13, 16].map { 1e12 + $0 }) == 30)
    }

    /// [2, 4, 4, 4, 5, 5, 7, 9]: mean 5, Σ(x − x̄)² = 32, so s² = 32/7 (the n − 1 divisor; the
    /// population variance would be 4). Reached to the last bit.
    @Test func varianceDividesByNMinusOne() {
        let values: [Double] = [2, 4, 4, 4, 5, 5, 7, 9]
        #expect(mean(values) == 5)
        #expect(abs(variance(values) - 32.0 / 7) <= 1e-15)
    }

    @Test func worksOnAnyCollectionOfDoubles() {
        let values: [Double] = [1, 2, 3, 4, 5, 6]
        #expect(mean(values[2...]) == 4.5)
        #expect(variance(values.reversed()) == 3.5)
    }

    @Test func medianIsTheMiddleValueOrTheMeanOfTheTwo() {
        #expect(median([3.0, 1, 2]) == 2)
        #expect(median([4.0, 1, 3, 2]) == 2.5)
        #expect(median([7.0]) == 7)
    }
}
