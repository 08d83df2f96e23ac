import Generative
import Testing

@Suite struct StatisticsMovingAverageTests {
    /// Windows of 2 over 1, 2, 4, 8: the first value alone, then the means of neighbours.
    @Test func averagesTheTrailingWindow() {
        #expect(trailingMovingAverage([1, 2, 4, 8], width: 2) == [1, 1.5, 3, 6])
    }

    /// A window of one is the data; a window at least as long as the data gives the running
    /// means (1, 3/2, 7/3, 15/4 for 1, 2, 4, 8).
    @Test func limitsAreTheDataAndTheRunningMean() {
        let values: [Double] = [1, 2, 4, 8]
        #expect(trailingMovingAverage(values, width: 1) == values)
        #expect(trailingMovingAverage(values, width: 10) == [1, 1.5, 7.0 / 3, 3.75])
    }
}
