import Generative
import Testing

@Suite("SplitMix64")
struct SplitMix64Tests {
    /// First outputs for seed 1234567 of Vigna's reference splitmix64.c
    /// (https://prng.di.unimi.it/splitmix64.c), computed with that code.
    @Test func matchesReferenceImplementationForSeed1234567() {
        var generator = SplitMix64(seed: 1_234_567)
        let outputs = (0..<5).map { _ in generator.next() }
        #expect(outputs == [
            6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
            4_593_380_528_125_082_431, 16_408_922_859_458_223_821,
        ])
    }

    @Test func sameSeedGivesSameSequence() {
        var first = SplitMix64(seed: 42)
        var second = SplitMix64(seed: 42)
        for _ in 0..<100 { #expect(first.next() == second.next()) }
    }
}

@Suite("Uniform doubles")
struct UniformTests {
    /// A generator that returns a fixed word, to probe the conversion at its extremes.
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

    @Test func meanOfManyDrawsIsNearOneHalf() {
        var generator = SplitMix64(seed: 7)
        let n = 100_000
        let mean = (0..<n).reduce(0.0) { sum, _ in sum + generator.nextUniform() } / Double(n)
        // The standard error of the mean of U(0, 1) is sqrt(1/12/n) ≈ 0.00091; 5 of them.
        #expect(abs(mean - 0.5) < 5 * (1.0 / 12 / Double(n)).squareRoot())
    }
}
