import Generative
import Testing

@Suite("RANDU")
struct RANDUTests {
    /// RANDU from seed 1, as published in OEIS A096555 ("Consecutive internal states of the
    /// linear congruential pseudo-random number generator RANDU", which cites Knuth, TAOCP
    /// vol. 2, §3.3.4); the first term there, 1, is the seed. Also reproduced with Python
    /// integers, x ← 65539·x mod 2³¹.
    @Test func matchesPublishedSequenceFromSeedOne() {
        var generator = LinearCongruentialGenerator.randu(seed: 1)
        let outputs = (0..<15).map { _ in generator.next() }
        #expect(outputs == [
            65_539, 393_225, 1_769_499, 7_077_969, 26_542_323,
            95_552_217, 334_432_395, 1_146_624_417, 1_722_371_299, 14_608_041,
            1_766_175_739, 1_875_647_473, 1_800_754_131, 366_148_473, 1_022_489_195,
        ])
    }

    @Test func followsTheRecurrence() {
        var generator = LinearCongruentialGenerator.randu(seed: 12_345)
        var x: UInt64 = 12_345
        for _ in 0..<1_000 {
            x = 65_539 * x % (1 << 31)  // no overflow: x < 2³¹, so 65539·x < 2⁴⁸
            #expect(generator.next() == x)
        }
        #expect(generator.modulus == 1 << 31)
        #expect(generator.modulusAsDouble == 0x1.0p31)
    }

    /// Marsaglia's planes: 65539² ≡ 6·65539 − 9 (mod 2³¹), so 9xₖ − 6xₖ₊₁ + xₖ₊₂ ≡ 0 (mod 2³¹)
    /// for every k, which puts all triples of RANDU on 15 planes.
    @Test func triplesSatisfyTheFifteenPlaneRelation() {
        var generator = LinearCongruentialGenerator.randu(seed: 1)
        var (a, b) = (generator.next(), generator.next())
        var violations = 0
        for _ in 0..<10_000 {
            let c = generator.next()
            if (9 &* a &- 6 &* b &+ c) % (1 << 31) != 0 { violations += 1 }
            (a, b) = (b, c)
        }
        #expect(violations == 0)
    }

    @Test func fractionsAreOutputsOverTheModulus() {
        var integers = LinearCongruentialGenerator.randu(seed: 1)
        var fractions = LinearCongruentialGenerator.randu(seed: 1)
        for _ in 0..<100 {
            #expect(fractions.nextFraction() == Double(integers.next()) / 0x1.0p31)
        }
    }
}

@Suite("Park–Miller minimal standard")
struct ParkMillerTests {
    /// Park & Miller, "Random number generators: good ones are hard to find", CACM 31(10),
    /// 1192–1201, 1988: with a = 16807 and seed 1, the 10 000th value is 1043618065. The C++
    /// standard's [rand.predef] states the same for minstd_rand0.
    @Test func tenThousandthValueForMultiplier16807() {
        var schrage = MinimalStandard(seed: 1, multiplier: .original)
        var general = LinearCongruentialGenerator.minimalStandard(seed: 1, multiplier: .original)
        var disagreements = 0
        var last: UInt32 = 0
        for _ in 0..<10_000 {
            last = schrage.next()
            if UInt64(last) != general.next() { disagreements += 1 }
        }
        #expect(disagreements == 0)
        #expect(last == 1_043_618_065)
        #expect(general.state == 1_043_618_065)
    }

    /// Park, Miller & Stockmeyer, "Technical correspondence", CACM 36(7), 1993, and C++
    /// [rand.predef] for minstd_rand: with a = 48271 and seed 1, the 10 000th value is
    /// 399268537.
    @Test func tenThousandthValueForMultiplier48271() {
        var schrage = MinimalStandard(seed: 1, multiplier: .revised)
        var general = LinearCongruentialGenerator.minimalStandard(seed: 1, multiplier: .revised)
        var disagreements = 0
        for _ in 0..<10_000 {
            if UInt64(schrage.next()) != general.next() { disagreements += 1 }
        }
        #expect(disagreements == 0)
        #expect(schrage.state == 399_268_537)
        #expect(general.state == 399_268_537)
    }

    /// The first values from seed 1 (16807 = 7⁵, 7¹⁰ mod m, …), computed with Python integers.
    @Test func firstValuesFromSeedOne() {
        var original = MinimalStandard(seed: 1)
        var revised = MinimalStandard(seed: 1, multiplier: .revised)
        #expect((0..<5).map { _ in original.next() }
            == [16_807, 282_475_249, 1_622_650_073, 984_943_658, 1_144_108_930])
        #expect((0..<5).map { _ in revised.next() }
            == [48_271, 182_605_794, 1_291_394_886, 1_914_720_637, 2_078_669_041])
    }

    /// Schrage's method must agree with full-width arithmetic at the edges of the state
    /// space too, where its intermediate terms are largest.
    @Test func schrageAgreesWithFullWidthNearTheModulus() {
        for multiplier in MinimalStandard.Multiplier.allCases {
            for seed: UInt32 in [1, 2, 127_773, 44_488, 1 << 30, 2_147_483_645, 2_147_483_646] {
                var schrage = MinimalStandard(seed: seed, multiplier: multiplier)
                let expected = UInt64(seed) * UInt64(multiplier.rawValue) % 2_147_483_647
                #expect(UInt64(schrage.next()) == expected)
            }
        }
    }

    @Test func fractionsLieStrictlyBetweenZeroAndOne() {
        var generator = MinimalStandard(seed: 2_147_483_646, multiplier: .revised)
        for _ in 0..<1_000 {
            let u = generator.nextFraction()
            #expect(u > 0 && u < 1)
        }
    }
}

@Suite("General and 64-bit LCGs")
struct GeneralLCGTests {
    /// Knuth's MMIX LCG. The C++ standard does not list it and Knuth gives no test sequence,
    /// so these are x ← (6364136223846793005·x + 1442695040888963407) mod 2⁶⁴ from seed 1,
    /// computed with Python integers (and checked against the same recurrence in C).
    @Test func mmixMatchesBigIntegerRecurrence() {
        var generator = LinearCongruentialGenerator.mmix(seed: 1)
        #expect((0..<5).map { _ in generator.next() } == [
            7_806_831_264_735_756_412, 9_396_908_728_118_811_419, 11_960_119_808_228_829_710,
            7_062_582_979_898_595_269, 14_673_421_054_488_193_520,
        ])
        #expect(generator.modulus == 0)
        #expect(generator.modulusAsDouble == 0x1.0p64)
    }

    /// Seed 0 is allowed when c ≠ 0; the first output is c itself.
    @Test func mmixFromSeedZero() {
        var generator = LinearCongruentialGenerator.mmix(seed: 0)
        #expect((0..<3).map { _ in generator.next() } == [
            1_442_695_040_888_963_407, 1_876_011_003_808_476_466, 11_166_244_414_315_200_793,
        ])
    }

    /// A modulus that is not a power of two and close to 2⁶⁴ exercises the full-width path:
    /// a = 2⁶² + 7, c = 3, m = 2⁶⁴ − 59 (the largest 64-bit prime), seed 12345. Expected
    /// values computed with Python integers, (a·x + c) % m.
    @Test func fullWidthModulusMatchesBigIntegerRecurrence() {
        var generator = LinearCongruentialGenerator(
            multiplier: (1 << 62) + 7, increment: 3, modulus: UInt64.max - 58, seed: 12_345)
        #expect((0..<5).map { _ in generator.next() } == [
            4_611_686_018_427_656_396, 8_070_450_532_253_768_831, 4_899_916_394_706_120_175,
            9_727_775_197_882_968_135, 4_053_239_724_722_101_923,
        ])
    }

    /// A power-of-two modulus below 2⁶⁴: Marsaglia's a = 69069, c = 1, m = 2³², seed 1.
    /// Expected values computed with Python integers.
    @Test func powerOfTwoModulusMatchesBigIntegerRecurrence() {
        var generator = LinearCongruentialGenerator(
            multiplier: 69_069, increment: 1, modulus: 1 << 32, seed: 1)
        #expect((0..<5).map { _ in generator.next() }
            == [69_070, 475_628_535, 3_277_404_108, 772_999_773, 3_877_832_058])
    }

    @Test func fractionIsBelowOneEvenForTheLargestState() {
        // With m = 2⁶⁴, the state 2⁶⁴ − 1 would round to 1 as a Double; it must not.
        // a = 1, c = 2⁶⁴ − 1 steps the state down by one: from 0 it reaches 2⁶⁴ − 1.
        var generator = LinearCongruentialGenerator(
            multiplier: 1, increment: .max, modulus: 0, seed: 0)
        let u = generator.nextFraction()
        #expect(generator.state == .max)
        #expect(u < 1)
    }
}
