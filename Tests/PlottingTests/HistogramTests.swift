import Plotting
import Testing

/// `Histogram`: bin edges, counts and the density normalization.
@Suite("Histogram")
struct StatisticsHistogramTests {
    @Test func countsFollowHalfOpenBinsWithTheLastBinClosed() {
        let histogram = Histogram([0, 0.5, 1, 1.5, 2], bins: 2, range: 0...2)
        #expect(histogram.edges == [0, 1, 2])
        #expect(histogram.counts == [2, 3])
        #expect(histogram.heights == [2, 3])
    }

    @Test func valuesOutsideTheRangeAndNonFiniteValuesAreLeftOut() {
        let histogram = Histogram([-1, 0.2, .nan, 0.7, .infinity, 3, -.infinity], bins: 4, range: 0...1)
        #expect(histogram.heights == [1, 0, 1, 0])
    }

    @Test func defaultRangeSpansTheFiniteValues() {
        let histogram = Histogram([3, 1, .nan, 2, 5], bins: 4)
        #expect(histogram.edges == [1, 2, 3, 4, 5])
        #expect(histogram.heights == [1, 1, 1, 1])
    }

    @Test func equalValuesGetAUnitWideRange() {
        let histogram = Histogram([4, 4, 4], bins: 1)
        #expect(histogram.edges == [3.5, 4.5])
        #expect(histogram.heights == [3])
    }

    @Test func countsSumToTheNumberOfValuesInRange() {
        var generator = SplitMix64(state: 1)
        let values = (0..<2000).map { _ in generator.roughlyNormal() }
        let histogram = Histogram(values, bins: 37, range: -2...2)
        let inRange = values.filter { (-2...2).contains($0) }.count
        #expect(histogram.heights.reduce(0, +) == Double(inRange))
        #expect(histogram.counts.reduce(0, +) == inRange)
        #expect(histogram.edges.count == 38)
    }

    @Test(arguments: [1, 7, 40, 333])
    func densityBarsHaveTotalAreaOne(bins: Int) {
        var generator = SplitMix64(state: UInt64(bins))
        let values = (0..<2000).map { _ in generator.roughlyNormal() * 3 + 1 }
        for range in [nil, -2.0...5.0] {
            let histogram = Histogram(values, bins: bins, range: range, normalization: .density)
            let area = zip(histogram.heights, zip(histogram.edges, histogram.edges.dropFirst()))
                .map { height, edge in height * (edge.1 - edge.0) }
                .reduce(0, +)
            #expect(abs(area - 1) <= 1e-12)
        }
    }

    @Test func densityOfNoValuesIsZeroNotNaN() {
        let histogram = Histogram([], bins: 3, normalization: .density)
        #expect(histogram.heights == [0, 0, 0])
    }

    @Test func explicitEdgesFollowTheSameRules() {
        let values = [-1, 0, 0.5, 1, 2.9, 3, 7, 10, 11, .nan]
        let histogram = Histogram(values, edges: [0, 1, 3, 10])
        #expect(histogram.counts == [2, 2, 3])
        let density = Histogram(values, edges: [0, 1, 3, 10], normalization: .density)
        let expected: [Double] = [2.0 / 7, 2.0 / 14, 3.0 / 49]
        #expect(density.heights == expected)
    }

    /// With equally spaced edges both initializers bin alike.
    @Test func explicitEdgesAgreeWithEqualWidthBins() {
        var generator = SplitMix64(state: 5)
        let values = (0..<5000).map { _ in generator.roughlyNormal() }
        let equalWidth = Histogram(values, bins: 16, range: -4...4)
        #expect(Histogram(values, edges: equalWidth.edges) == equalWidth)
    }
}
