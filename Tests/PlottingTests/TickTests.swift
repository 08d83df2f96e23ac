import Plotting
import Testing

/// `niceTicks`: 1-2-5 steps, covering the range, exact decimal values.
struct TickTests {
    @Test func unitRangeGivesTenthsInStepsOfTwo() {
        #expect(niceTicks(0...1, count: 5) == [0, 0.2, 0.4, 0.6, 0.8, 1])
    }

    @Test func ticksCoverAnUnroundRangeWithRoundValues() {
        #expect(niceTicks(0...97, count: 5) == [0, 20, 40, 60, 80, 100])
    }

    @Test func ticksAreExactDecimalsWithoutAccumulatedError() {
        // 0.3 must be the double nearest 0.3, not 3 × 0.1 = 0.30000000000000004.
        #expect(niceTicks(0...1, count: 10).contains(0.3))
        #expect(niceTicks(0.6...1.4, count: 5) == [0.6, 0.8, 1, 1.2, 1.4])
    }

    @Test(arguments: [
        (-3.7)...(-1.2), -97.0...0, -1.0...1, -0.013...0.021, 0...1e-6, 1...(1 + 1e-6),
        3e-9...8e-9, 0...5e7, 123_456...654_321, -2e12...3e12, 0.1...0.9, -5...5,
    ] as [ClosedRange<Double>])
    func ticksCoverTheRangeInEvenNiceSteps(range: ClosedRange<Double>) throws {
        let ticks = niceTicks(range, count: 5)
        #expect((4...11).contains(ticks.count))
        let first = try #require(ticks.first), last = try #require(ticks.last)
        #expect(first <= range.lowerBound && last >= range.upperBound)

        let step = ticks[1] - ticks[0]
        for (a, b) in zip(ticks, ticks.dropFirst()) {
            #expect(abs((b - a) - step) <= step * 1e-6)
        }
        // The step is 1, 2 or 5 times a power of ten.
        var mantissa = step
        while mantissa >= 10 { mantissa /= 10 }
        while mantissa < 1 { mantissa *= 10 }
        #expect([1.0, 2, 5, 10].contains { abs(mantissa - $0) < 1e-6 })
    }

    @Test func ticksNeverIncludeNegativeZero() {
        for range in [-1.0...1, -0.0...0.5, -3...0] {
            #expect(niceTicks(range, count: 5).allSatisfy { $0 != 0 || $0.sign == .plus })
        }
    }

    @Test func zeroWidthRangeIsPaddedAroundTheValue() throws {
        for value in [0.0, 5, -2.5, 1e-8] {
            let ticks = niceTicks(value...value, count: 5)
            #expect(ticks.count >= 3)
            #expect(try #require(ticks.first) < value && value < ticks.last!)
        }
    }

    @Test func nonFiniteRangeHasNoTicks() {
        #expect(niceTicks(0...Double.infinity, count: 5).isEmpty)
        #expect(niceTicks(-Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude, count: 5).isEmpty)
    }
}
