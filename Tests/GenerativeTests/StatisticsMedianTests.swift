import Generative
import Testing

/// `median` selects where `Reference.median` sorts; an order statistic does not depend on how it
/// is found, so the two must agree exactly, for odd and even counts, with ties, and for inputs
/// already in order or in reverse (the cases that make a careless partition go wrong).
@Suite struct StatisticsMedianTests {
    @Test func selectionGivesTheMedianOfTheSortedValues() {
        var rng = Xoshiro256StarStar(seed: 31)
        for count in [1, 2, 3, 4, 5, 8, 9, 100, 101, 1_000, 1_001] {
            let spread = (0..<count).map { _ in Double.random(in: -10...10, using: &rng) }
            let ties = spread.map { $0.rounded() }  // about 21 distinct values
            for values in [spread, ties, spread.sorted(), spread.sorted(by: >), [Double](repeating: 3, count: count)] {
                #expect(median(values) == Reference.median(values), "\(count) values")
            }
        }
    }

    /// After `smallest(k, in:)` every value before position k is no larger than the result and
    /// every value after it no smaller: the contract `median` relies on for an even count.
    @Test func selectionPartitionsAroundPositionK() {
        var rng = Xoshiro256StarStar(seed: 32)
        let values = (0..<501).map { _ in Double(rng.nextInt(in: 0..<50)) }
        for k in [0, 1, 250, 499, 500] {
            var copy = values
            let kth = smallest(k, in: &copy)
            #expect(kth == values.sorted()[k])
            #expect(copy[..<k].allSatisfy { $0 <= kth } && copy[(k + 1)...].allSatisfy { $0 >= kth })
            #expect(copy.sorted() == values.sorted())
        }
    }
}
