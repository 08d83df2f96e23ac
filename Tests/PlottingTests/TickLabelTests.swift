import Plotting
import Testing

/// `tickLabels`: compact, noise-free, never `-0`, scientific only for extreme magnitudes.
struct TickLabelTests {
    @Test func halvesAreWrittenCompactly() {
        #expect(tickLabels([0, 0.5, 1, 1.5]) == ["0", "0.5", "1", "1.5"])
        #expect(tickLabels([0, 20, 40, 60, 80, 100]) == ["0", "20", "40", "60", "80", "100"])
    }

    @Test func floatingPointNoiseIsRoundedAway() {
        #expect(tickLabels([0, 0.1, 0.2, 0.1 + 0.2]) == ["0", "0.1", "0.2", "0.3"])
        #expect(tickLabels([0.7, 0.7999999999999999, 0.9]) == ["0.7", "0.8", "0.9"])
    }

    @Test func negativeZeroIsWrittenAsZero() {
        #expect(tickLabels([-1, -0.0, 1]) == ["-1", "0", "1"])
        #expect(tickLabels([-0.2, -1e-17, 0.2]) == ["-0.2", "0", "0.2"])
    }

    @Test func quarterStepsKeepTheirSecondDigit() {
        #expect(tickLabels([0, 0.25, 0.5, 0.75]) == ["0", "0.25", "0.5", "0.75"])
    }

    @Test func tinyAndHugeMagnitudesUseScientificNotation() {
        #expect(tickLabels([0, 2e-7, 4e-7, 6e-7, 8e-7, 1e-6]) == ["0", "2e-7", "4e-7", "6e-7", "8e-7", "1e-6"])
        #expect(tickLabels([0, 1e7, 2e7, 3e7]) == ["0", "1e7", "2e7", "3e7"])
        #expect(tickLabels([-1.5e9, 0, 1.5e9]) == ["-1.5e9", "0", "1.5e9"])
        #expect(tickLabels([0.001, 0.002]) == ["0.001", "0.002"])
    }

    @Test func nonFiniteTicksHaveEmptyLabels() {
        #expect(tickLabels([0, .nan, 1]) == ["0", "", "1"])
    }

    @Test(arguments: [
        0...1, 0...97, -3.7...(-1.2), 0...1e-6, 1...(1 + 1e-6), 0...5e7, -0.013...0.021,
        123_456...654_321, 0.1...0.9, -1e-4...1e-4,
    ] as [ClosedRange<Double>])
    func labelsOfNiceTicksAreShortFaithfulAndClean(range: ClosedRange<Double>) throws {
        let ticks = niceTicks(range, count: 5)
        let labels = tickLabels(ticks)
        #expect(Set(labels).count == labels.count)
        for (tick, label) in zip(ticks, labels) {
            #expect(label.count <= 10, "\(label)")
            #expect(label != "-0" && !label.hasSuffix("."))
            // The label reads back as the tick, up to a millionth of the tick spacing.
            let value = try #require(Double(label))
            #expect(abs(value - tick) <= (ticks[1] - ticks[0]) * 1e-6, "\(label)")
        }
    }
}
