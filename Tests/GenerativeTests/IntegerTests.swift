import Generative
import Testing

@Suite("Integers in an interval (Lemire)")
struct IntegerTests {
    /// A fake 8-bit generator: it returns k·2⁵⁶ for k = 0, 1, …, 255, so its words are the 256
    /// equally likely values of an 8-bit generator placed in the top byte. `drawn` counts
    /// the words consumed.
    struct EightBitEnumerator: RandomNumberGenerator {
        var k: UInt64 = 0
        var drawn = 0
        mutating func next() -> UInt64 {
            defer { k = (k + 1) & 0xFF; drawn += 1 }
            return k << 56
        }
    }

    /// Exact unbiasedness. For n dividing 2⁸ − 1 (3, 5, 15, 17, 51, 85, 255), 2⁶⁴ mod n = 1
    /// (as 2⁶⁴ = (2⁸)⁸ ≡ 1), so Lemire's threshold is 1 and the only word rejected is the one
    /// whose low product k·n·2⁵⁶ mod 2⁶⁴ is 0, namely k = 0 (n is odd). The other 255 words
    /// must then be shared exactly equally, 255/n each, using 256 words in all. A biased
    /// method fails this: `x % n` gives 0 for one more word than the other values (86, 85, 85
    /// for n = 3, checked below), and so does the multiply-shift without rejection.
    @Test(arguments: [3, 5, 15, 17, 51, 85, 255] as [UInt64])
    func enumeratingAllWordsOfAnEightBitGeneratorGivesEqualCounts(bound: UInt64) {
        var generator = EightBitEnumerator()
        var counts = [Int](repeating: 0, count: Int(bound))
        for _ in 0..<255 { counts[Int(generator.nextInt(below: bound))] += 1 }
        #expect(counts.allSatisfy { $0 == 255 / Int(bound) })
        #expect(generator.drawn == 256)

        var naive = [Int](repeating: 0, count: Int(bound))
        for k: UInt64 in 0..<256 { naive[Int((k << 56) % bound)] += 1 }
        #expect(naive[0] == 255 / Int(bound) + 1)
    }

    /// A large bound makes the biases of the shortcuts enormous. With n = 3·2⁶², 2⁶⁴ = n + 2⁶²:
    /// `x % n` would land in [0, 2⁶²) with probability 1/2 instead of 1/3, and the
    /// multiply-shift ⌊x·n/2⁶⁴⌋ without rejection would give a multiple of 3 with probability
    /// 1/2 instead of 1/3 (the words split 2, 1, 1 over each run of three values). With
    /// N = 30 000 draws a proportion with p = 1/3 has standard deviation √(p(1−p)/N) ≈ 0.0027,
    /// so a 5σ tolerance (0.0136) is never crossed by chance in practice, while either bias
    /// (1/6 ≈ 61σ) would be.
    @Test func largeBoundHasNeitherModuloNorMultiplyShiftBias() {
        let bound: UInt64 = 3 << 62
        var generator = Xoshiro256StarStar(seed: 3)
        let n = 30_000
        var low = 0
        var multipleOfThree = 0
        var outside = 0
        for _ in 0..<n {
            let value = generator.nextInt(below: bound)
            if value >= bound { outside += 1 }
            if value < 1 << 62 { low += 1 }
            if value % 3 == 0 { multipleOfThree += 1 }
        }
        let sigma = (1.0 / 3 * 2 / 3 / Double(n)).squareRoot()
        #expect(outside == 0)
        #expect(abs(Double(low) / Double(n) - 1.0 / 3) < 5 * sigma)
        #expect(abs(Double(multipleOfThree) / Double(n) - 1.0 / 3) < 5 * sigma)
    }

    /// Pearson's chi-square for bound 3 with a fixed seed: 30 000 draws, 10 000 expected per
    /// value; under uniformity the statistic is χ² with 2 degrees of freedom, whose 0.999
    /// quantile is −2·ln(0.001) ≈ 13.82. (A gross error, such as a value never returned,
    /// gives a statistic in the thousands.)
    @Test func chiSquareForBoundThree() {
        var generator = Xoshiro256StarStar(seed: 2019)
        let n = 30_000
        var counts = [0, 0, 0]
        for _ in 0..<n { counts[Int(generator.nextInt(below: 3))] += 1 }
        let expected = Double(n) / 3
        let chiSquare = counts.reduce(0.0) { sum, count in
            sum + (Double(count) - expected) * (Double(count) - expected) / expected
        }
        #expect(chiSquare < 13.82)
    }

    @Test(arguments: [1, 2, 3, 7, 1_000, (1 << 32) + 1, 1 << 63, (1 << 63) + 1, .max] as [UInt64])
    func everyValueIsBelowTheBound(bound: UInt64) {
        var generator = Xoshiro256StarStar(seed: bound)
        var outside = 0
        for _ in 0..<10_000 where generator.nextInt(below: bound) >= bound { outside += 1 }
        #expect(outside == 0)
    }

    @Test func boundOneAlwaysGivesZero() {
        var generator = PCG32(seed: 1, stream: 1)
        #expect((0..<100).allSatisfy { _ in generator.nextInt(below: 1) == 0 })
    }

    /// Reproducibility: values from a Python port of the method (reject while the low word of
    /// x·n is below (2⁶⁴ − n) mod n, return the high word) over the Python port of
    /// xoshiro256** seeded with 42.
    @Test func matchesPythonPortForSeed42() {
        var generator = Xoshiro256StarStar(seed: 42)
        #expect((0..<12).map { _ in generator.nextInt(below: 10) }
            == [0, 3, 6, 9, 9, 7, 7, 8, 7, 5, 6, 2])
        var dice = Xoshiro256StarStar(seed: 42)
        #expect((0..<12).map { _ in dice.nextInt(in: 1...6) }
            == [1, 3, 5, 6, 6, 5, 5, 6, 5, 4, 5, 2])
        var huge = Xoshiro256StarStar(seed: 42)
        #expect((0..<4).map { _ in huge.nextInt(below: (1 << 63) + 1) } == [
            9_147_776_489_032_658_738, 7_099_593_415_032_875_292,
            6_633_989_454_467_100_377, 7_022_439_175_346_172_479,
        ])
    }

    @Test func rangesStayInsideAndReachBothEnds() {
        var generator = Xoshiro256StarStar(seed: 5)
        var seenClosed = Set<Int>()
        var seenHalfOpen = Set<Int>()
        for _ in 0..<2_000 {
            seenClosed.insert(generator.nextInt(in: -3...3))
            seenHalfOpen.insert(generator.nextInt(in: -3..<3))
        }
        #expect(seenClosed == Set(-3...3))
        #expect(seenHalfOpen == Set(-3..<3))
    }

    @Test func extremeRanges() {
        var generator = Xoshiro256StarStar(seed: 6)
        #expect(generator.nextInt(in: 7...7) == 7)
        #expect(generator.nextInt(in: 7..<8) == 7)
        var negatives = 0
        for _ in 0..<1_000 {
            _ = generator.nextInt(in: Int.min...Int.max)  // the full range: one raw word
            let value = generator.nextInt(in: Int.min..<Int.max)  // width 2⁶⁴ − 1
            if value < 0 { negatives += 1 }
        }
        #expect(negatives > 400 && negatives < 600)
    }
}
