import Generative
import Testing

@Suite("Discrete distributions: Bernoulli, categorical, empirical")
struct DistributionDiscreteTests {
    /// The generalised inverse at the jumps: F⁻(F(k)) = k, because the value at a jump
    /// belongs to the step below, and F⁻ of the next double up is the next value with
    /// positive probability, skipping the value of probability 0.
    @Test func categoricalQuantileIsExactAtTheJumps() {
        let categorical = Categorical(probabilities: [0.2, 0, 0.5, 0.3])
        #expect(categorical.quantile(categorical.cdf(0)) == 0)
        #expect(categorical.quantile(categorical.cdf(0).nextUp) == 2)
        #expect(categorical.quantile(categorical.cdf(2)) == 2)
        #expect(categorical.quantile(categorical.cdf(2).nextUp) == 3)
        #expect(categorical.quantile(1) == 3)
        #expect(categorical.quantile(0) == 0)
        #expect(categorical.quantile(0.1) == 0 && categorical.quantile(0.69) == 2 && categorical.quantile(0.71) == 3)
    }

    /// F(k) is the running sum, 0 below the values and exactly 1 from the last one on; mean
    /// Σ k pₖ = 0 + 1 + 0.9 = 1.9 and variance Σ k² pₖ − 1.9² = 0 + 2 + 2.7 − 3.61 = 1.09.
    @Test func categoricalCDFAndMoments() {
        let categorical = Categorical(probabilities: [0.2, 0, 0.5, 0.3])
        #expect(categorical.cdf(-1) == 0 && categorical.cdf(0) == 0.2 && categorical.cdf(1) == 0.2)
        #expect(categorical.cdf(2) == 0.7 && categorical.cdf(3) == 1 && categorical.cdf(99) == 1)
        #expect(categorical.pmf(1) == 0 && categorical.pmf(2) == 0.5 && categorical.pmf(-1) == 0 && categorical.pmf(4) == 0)
        #expect(abs(categorical.mean - 1.9) <= 1e-15)
        #expect(abs(categorical.variance - 1.09) <= 1e-15)
        // 0.1 + 0.2 + 0.7 rounds to 1.0000000000000002: normalized, and F ends at exactly 1.
        let rounded = Categorical(probabilities: [0.1, 0.2, 0.7])
        #expect(rounded.cdf(2) == 1)
        #expect(rounded.quantile(1) == 2)
    }

    /// 200 000 draws; each count has standard error √(p(1 − p)/n) as a proportion, and each
    /// proportion lies within 5 of them (chance of a miss by luck: 6e-7 each). The value of
    /// probability 0 never appears.
    @Test func categoricalFrequenciesMatchWithinFiveStandardErrors() {
        let probabilities = [0.2, 0, 0.5, 0.3]
        let categorical = Categorical(probabilities: probabilities)
        var generator = Xoshiro256StarStar(seed: 99)
        let n = 200_000
        var counts = [0, 0, 0, 0]
        for k in categorical.samples(n, using: &generator) { counts[k] += 1 }
        #expect(counts[1] == 0)
        for (count, p) in zip(counts, probabilities) {
            let standardError = (p * (1 - p) / Double(n)).squareRoot()
            #expect(abs(Double(count) / Double(n) - p) <= 5 * standardError)
        }
    }

    /// F(0) = 1 − p is the one jump: F⁻(1 − p) = 0, F⁻ just above it is 1.
    @Test func bernoulliQuantileIsExactAtTheJump() {
        let bernoulli = Bernoulli(p: 0.3)
        #expect(bernoulli.quantile(bernoulli.cdf(0)) == 0)
        #expect(bernoulli.quantile(bernoulli.cdf(0).nextUp) == 1)
        #expect(bernoulli.quantile(0) == 0 && bernoulli.quantile(1) == 1)
        #expect(bernoulli.cdf(-1) == 0 && bernoulli.cdf(0) == 0.7 && bernoulli.cdf(1) == 1)
        #expect(bernoulli.pmf(0) == 0.7 && bernoulli.pmf(1) == 0.3 && bernoulli.pmf(2) == 0)
        #expect(bernoulli.mean == 0.3 && abs(bernoulli.variance - 0.21) <= 1e-16)
        var generator = SplitMix64(seed: 1)
        #expect(Bernoulli(p: 0).samples(100, using: &generator).allSatisfy { $0 == 0 })
        #expect(Bernoulli(p: 1).samples(100, using: &generator).allSatisfy { $0 == 1 })
    }

    /// 200 000 draws with p = 0.3: the proportion of ones has standard error √(0.21/n) ≈ 0.001
    /// and lies within 5 of them.
    @Test func bernoulliFrequencyMatchesWithinFiveStandardErrors() {
        var generator = Xoshiro256StarStar(seed: 3)
        let n = 200_000
        let ones = Bernoulli(p: 0.3).samples(n, using: &generator).reduce(0, +)
        #expect(abs(Double(ones) / Double(n) - 0.3) <= 5 * (0.21 / Double(n)).squareRoot())
    }

    /// Sample {3, 1, 2, 2}: Fₙ is ¼ on [1, 2), ¾ on [2, 3) and 1 from 3; its generalised
    /// inverse is 1 on (0, ¼], 2 on (¼, ¾] and 3 on (¾, 1]. Mean 2, variance (1 + 0 + 0 + 1)/4.
    @Test func empiricalDistributionOnATinySample() {
        let empirical = EmpiricalDistribution([3, 1, 2, 2])
        #expect(empirical.sortedValues == [1, 2, 2, 3])
        #expect(empirical.cdf(0.5) == 0 && empirical.cdf(1) == 0.25 && empirical.cdf(2.5) == 0.75 && empirical.cdf(3) == 1)
        let quantiles: [(p: Double, x: Double)] = [
            (0, 1), (0.1, 1), (0.25, 1), (0.25.nextUp, 2), (0.5, 2), (0.75, 2), (0.75.nextUp, 3), (1, 3),
        ]
        for (p, x) in quantiles { #expect(empirical.quantile(p) == x, "p = \(p)") }
        #expect(empirical.mean == 2)
        #expect(empirical.variance == 0.5)
        #expect(EmpiricalDistribution([4]).variance == 0)
    }

    /// Exactness at every jump for every n up to 60: F⁻(Fₙ(x₍ₖ₎)) = x₍ₖ₎ and just above it
    /// x₍ₖ₊₁₎, although n·(k/n) may round across the integer k.
    @Test func empiricalQuantileIsExactAtEveryJump() {
        for n in 1...60 {
            let values = (0..<n).map { Double($0) }
            let empirical = EmpiricalDistribution(values.reversed())
            for k in 1...n {
                let level = empirical.cdf(values[k - 1])
                #expect(empirical.quantile(level) == values[k - 1], "n = \(n), k = \(k)")
                if k < n { #expect(empirical.quantile(level.nextUp) == values[k], "n = \(n), k = \(k)") }
            }
        }
    }

    /// Resampling {1, 2, 2, 3} gives 2 half the time: 200 000 draws, within 5 standard errors
    /// √(¼/n).
    @Test func empiricalSamplingIsUniformResampling() {
        var generator = Xoshiro256StarStar(seed: 8)
        let n = 200_000
        let draws = EmpiricalDistribution([3, 1, 2, 2]).samples(n, using: &generator)
        #expect(Set(draws) == [1, 2, 3])
        let twos = draws.filter { $0 == 2 }.count
        #expect(abs(Double(twos) / Double(n) - 0.5) <= 5 * (0.25 / Double(n)).squareRoot())
    }
}
