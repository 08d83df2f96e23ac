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

    /// The state is a Weyl sequence: after n outputs it is seed + n·γ (mod 2⁶⁴), which is why
    /// the period is 2⁶⁴.
    @Test func stateAdvancesByTheGoldenGamma() {
        var generator = SplitMix64(seed: 5)
        for _ in 0..<10 { _ = generator.next() }
        #expect(generator.state == 5 &+ 10 &* 0x9E37_79B9_7F4A_7C15)
    }
}
