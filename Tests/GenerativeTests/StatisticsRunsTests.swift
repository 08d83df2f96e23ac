import Generative
import Testing

@Suite("Runs test")
struct StatisticsRunsTests {
    /// Twenty values around 10:
    ///
    ///     3 14 15 2 7 18 12 1 4 5 16 19 11 6 8 9 13 17 20 0
    ///     − +  +  − − +  +  − − − +  +  +  − − − +  +  +  −
    ///
    /// n₊ = n₋ = 10 and R = 9 runs (− | ++ | −− | ++ | −−− | +++ | −−− | +++ | −). By hand
    /// E[R] = 2·10·10/20 + 1 = 11 and Var[R] = 2·100·(200 − 20)/(20²·19) = 90/19, so
    /// z = −2/√(90/19) = −0.9189365834726815 and p = `2 * scipy.stats.norm.sf(0.9189365834726815)`
    /// = 0.35812874339351886. The median is (9 + 11)/2 = 10, so the default threshold agrees.
    /// Reached: z and p exact to the last bit.
    static let values: [Double] = [3, 14, 15, 2, 7, 18, 12, 1, 4, 5, 16, 19, 11, 6, 8, 9, 13, 17, 20, 0]

    @Test func handCountedRuns() {
        for test in [RunsTest(Self.values, threshold: 10), RunsTest(Self.values)] {
            #expect(test.runs == 9)
            #expect(test.countAbove == 10 && test.countBelow == 10)
            #expect(test.expectedRuns == 11)
            #expect(abs(test.varianceOfRuns - 90.0 / 19) <= 1e-15)
            #expect(abs(test.zScore - -0.9189365834726815) <= 1e-15)
            #expect(abs(test.pValue - 0.35812874339351886) <= 1e-10)
        }
    }

    /// Values equal to the threshold are dropped before the runs are counted.
    @Test func valuesAtTheThresholdAreDropped() {
        let padded: [Double] = Self.values.flatMap { value -> [Double] in [value, 10] }
        #expect(RunsTest(padded, threshold: 10) == RunsTest(Self.values, threshold: 10))
    }

    /// 0, 1, 0, 1, … (n = 30) alternates every time: R = 30 against E[R] = 16, Var[R] =
    /// 2·225·420/(900·29) = 7.241379310344827, z = 14/√Var = 5.202563470700445 and
    /// p = `2 * scipy.stats.norm.sf(5.202563470700445)` = 1.9655819607842967e-07.
    /// Reached: z exact, p within a relative 2.9e-15.
    @Test func alternationIsTooManyRuns() {
        let test = RunsTest((0..<30).map { Double($0 % 2) }, threshold: 0.5)
        #expect(test.runs == 30)
        #expect(abs(test.zScore - 5.202563470700445) <= 1e-14)
        #expect(abs(test.pValue - 1.9655819607842967e-07) <= 1e-10)
        #expect(abs(test.pValue / 1.9655819607842967e-07 - 1) <= 1e-13)
    }
}
