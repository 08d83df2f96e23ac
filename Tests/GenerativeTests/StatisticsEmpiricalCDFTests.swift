import Generative
import Testing

@Suite("Empirical CDF")
struct StatisticsEmpiricalCDFTests {
    /// Sample {3, 1, 2, 2}: Fₙ is 0 below 1, 1/4 on [1, 2), 3/4 on [2, 3) (the tie counts
    /// twice) and 1 from 3 on; right-continuous, so Fₙ(2) = 3/4.
    @Test func isTheFractionOfValuesAtOrBelow() {
        let cdf = EmpiricalCDF([3, 1, 2, 2])
        #expect(cdf.sortedValues == [1, 2, 2, 3])
        let points: [(x: Double, expected: Double)] = [
            (0, 0), (1, 0.25), (1.5, 0.25), (2, 0.75), (2.999, 0.75), (3, 1), (100, 1), (-.infinity, 0),
        ]
        for (x, expected) in points { #expect(cdf(x) == expected) }
    }

    @Test func staircaseRisesAtEachValue() {
        let cdf = EmpiricalCDF([2, 1, 2])
        let steps = cdf.staircase(from: 0, to: 3)
        #expect(steps.x == [0, 1, 1, 2, 2, 2, 2, 3])
        let (third, twoThirds) = (1.0 / 3, 2.0 / 3)
        #expect(steps.y == [0, 0, third, third, twoThirds, twoThirds, 1, 1])
    }

    @Test func staircaseStartsAtTheLevelOfItsLeftEnd() {
        let steps = EmpiricalCDF([1, 2, 3, 4]).staircase(from: 2, to: 3.5)
        #expect(steps.x == [2, 3, 3, 3.5])
        #expect(steps.y == [0.5, 0.5, 0.75, 0.75])
    }
}
