import Generative
import Testing

@Suite("Uniform doubles")
struct UniformTests {
    /// A generator that returns a fixed word, to probe the conversions at their extremes.
    struct Constant: RandomNumberGenerator {
        var word: UInt64
        mutating func next() -> UInt64 { word }
    }

    @Test func allOnesMapsToLargestDoubleBelowOne() {
        var generator = Constant(word: .max)
        let value = generator.nextUniform()
        #expect(value < 1)
        #expect(value == 1 - 0x1.0p-53)
    }

    @Test func allZerosMapsToZero() {
        var generator = Constant(word: 0)
        #expect(generator.nextUniform() == 0)
    }

    @Test func openUniformAllOnesStaysBelowOne() {
        var generator = Constant(word: .max)
        let value = generator.nextOpenUniform()
        #expect(value < 1)
        #expect(value == 1 - 0x1.0p-53)
    }

    @Test func openUniformAllZerosStaysAboveZero() {
        var generator = Constant(word: 0)
        let value = generator.nextOpenUniform()
        #expect(value > 0)
        #expect(value == 0x1.0p-53)
    }

    /// Why `nextOpenUniform` keeps 52 bits, not 53: with 53, the top value (2⁵³ − 1) + ½ is not
    /// representable and rounds (ties to even) to 2⁵³, so the "open" interval would include 1.
    @Test func fiftyThreeBitMidpointsWouldRoundToOne() {
        let top = Double(UInt64.max >> 11)
        #expect((top + 0.5) * 0x1.0p-53 == 1)
    }

    /// The open-interval values are symmetric about ½: the words k and its complement give
    /// u and 1 − u exactly.
    @Test func openUniformIsSymmetric() {
        for word: UInt64 in [0, 1 << 12, 0x1234_5678_9ABC_DEF0, .max >> 1] {
            var low = Constant(word: word)
            var high = Constant(word: ~word)
            #expect(low.nextOpenUniform() == 1 - high.nextOpenUniform())
        }
    }

    @Test func meanOfManyDrawsIsNearOneHalf() {
        var generator = SplitMix64(seed: 7)
        let n = 100_000
        let mean = (0..<n).reduce(0.0) { sum, _ in sum + generator.nextUniform() } / Double(n)
        // The standard error of the mean of U(0, 1) is sqrt(1/12/n) ≈ 0.00091; 5 of them.
        #expect(abs(mean - 0.5) < 5 * (1.0 / 12 / Double(n)).squareRoot())
    }

    @Test func openUniformDrawsLieStrictlyInsideAndAverageOneHalf() {
        var generator = Xoshiro256StarStar(seed: 11)
        let n = 100_000
        var sum = 0.0
        var outside = 0
        for _ in 0..<n {
            let u = generator.nextOpenUniform()
            if !(u > 0 && u < 1) { outside += 1 }
            sum += u
        }
        #expect(outside == 0)
        // Same 5-standard-error bound as above.
        #expect(abs(sum / Double(n) - 0.5) < 5 * (1.0 / 12 / Double(n)).squareRoot())
    }
}
