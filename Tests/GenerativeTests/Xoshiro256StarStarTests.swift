import Generative
import Testing

/// Expected values come from the reference code at https://prng.di.unimi.it
/// (`xoshiro256starstar.c`, with its `jump` and `long_jump`), ported to Python big integers
/// and also compiled as C; both gave the values below.
@Suite("xoshiro256**")
struct Xoshiro256StarStarTests {
    @Test func matchesReferenceForState1234() {
        var generator = Xoshiro256StarStar(state: (1, 2, 3, 4))
        #expect((0..<6).map { _ in generator.next() } == [
            11_520, 0, 1_509_978_240, 1_215_971_899_390_074_240,
            1_216_172_134_540_287_360, 607_988_272_756_665_600,
        ])
    }

    @Test func jumpMatchesReference() {
        var generator = Xoshiro256StarStar(state: (1, 2, 3, 4))
        generator.jump()
        let s = generator.state
        #expect([s.0, s.1, s.2, s.3] == [
            10_122_426_448_480_695_249, 8_079_205_330_032_121_950,
            7_289_065_458_748_526_725, 9_477_464_255_293_849_680,
        ])
        #expect((0..<3).map { _ in generator.next() } == [
            13_534_147_089_533_256_664, 7_126_240_192_422_241_655, 3_805_973_808_039_778_091,
        ])
    }

    @Test func longJumpMatchesReference() {
        var generator = Xoshiro256StarStar(state: (1, 2, 3, 4))
        generator.longJump()
        let s = generator.state
        #expect([s.0, s.1, s.2, s.3] == [
            678_511_610_814_637_056, 15_850_499_779_492_529_430,
            6_002_989_639_035_333_134, 3_559_352_929_785_830_385,
        ])
        #expect((0..<3).map { _ in generator.next() } == [
            5_942_309_088_398_569_549, 15_625_447_729_937_358_436, 6_925_613_901_769_781_251,
        ])
    }

    /// Seeding as the reference recommends: the state is the first four SplitMix64 outputs
    /// for the seed (values from the Python port of splitmix64.c).
    @Test func seedExpandsThroughSplitMix64() {
        let generator = Xoshiro256StarStar(seed: 42)
        let s = generator.state
        #expect([s.0, s.1, s.2, s.3] == [
            13_679_457_532_755_275_413, 2_949_826_092_126_892_291,
            5_139_283_748_462_763_858, 6_349_198_060_258_255_764,
        ])
        var copy = generator
        #expect((0..<4).map { _ in copy.next() } == [
            1_546_998_764_402_558_742, 6_990_951_692_964_543_102,
            12_544_586_762_248_559_009, 17_057_574_109_182_124_193,
        ])
    }

    @Test func seedZeroIsFine() {
        var generator = Xoshiro256StarStar(seed: 0)
        #expect((0..<3).map { _ in generator.next() } == [
            11_091_344_671_253_066_420, 13_793_997_310_169_335_082, 1_900_383_378_846_508_768,
        ])
    }

    @Test func jumpedLeavesTheOriginalAlone() {
        let generator = Xoshiro256StarStar(state: (1, 2, 3, 4))
        let jumped = generator.jumped()
        #expect(generator.state == (1, 2, 3, 4))
        #expect(jumped.state.0 == 10_122_426_448_480_695_249)
    }

    @Test func allZeroStateIsRejected() async {
        await #expect(processExitsWith: .failure) {
            _ = Xoshiro256StarStar(state: (0, 0, 0, 0))
        }
    }
}
