import Foundation
import Generative
import Testing

@Suite struct MMDPermutationTests {
    /// Under H₀ the p-value is (close to) uniform: for 40 independent pairs of samples of
    /// N(0, 1), p-values from 199 permutations pass a Kolmogorov–Smirnov test of uniformity,
    /// and about 5% (at most 6 of 40, a binomial tail of 0.05) fall below 0.05.
    @Test func pValuesAreUniformForEqualDistributions() {
        var rng = Xoshiro256StarStar(seed: 100)
        let kernel = GaussianKernel(bandwidth: 1)
        var pValues: [Double] = []
        for _ in 0..<40 {
            let x = normalColumn(40, mean: 0, &rng)
            let y = normalColumn(40, mean: 0, &rng)
            pValues.append(mmdPermutationTest(
                x, y, kernel: kernel, estimator: .unbiased, permutations: 199, generator: &rng).pValue)
        }
        #expect(KolmogorovSmirnovTest(pValues, cdf: { min(max($0, 0), 1) }).pValue > 0.01)
        #expect(pValues.filter { $0 < 0.05 }.count <= 6)
    }

    /// Samples of N(0, 1) and N(1, 1), 100 each: no relabelling reaches the observed MMD²,
    /// so p is its smallest possible value 1/(1 + B).
    @Test func pValueIsTinyForDifferentDistributions() {
        var rng = Xoshiro256StarStar(seed: 7)
        let x = normalColumn(100, mean: 0, &rng)
        let y = normalColumn(100, mean: 1, &rng)
        for estimator in MMDEstimator.allCases {
            let result = mmdPermutationTest(
                x, y, kernel: GaussianKernel(bandwidth: 1), estimator: estimator, permutations: 500, generator: &rng)
            #expect(result.exceedances == 0)
            #expect(result.pValue == 1.0 / 501)
        }
    }

    /// The p-value is (1 + E)/(1 + B), the statistic is the estimator's value, and the same
    /// seed gives the same result.
    @Test func conventionAndReproducibility() {
        var rng = Xoshiro256StarStar(seed: 9)
        let x = randomMatrix(12, 2, &rng)
        let y = randomMatrix(15, 2, &rng)
        let kernel = SumOfGaussiansKernel(bandwidths: [0.5, 1])
        for estimator in MMDEstimator.allCases {
            var first = Xoshiro256StarStar(seed: 1)
            var second = Xoshiro256StarStar(seed: 1)
            let a = mmdPermutationTest(x, y, kernel: kernel, estimator: estimator, permutations: 99, generator: &first)
            let b = mmdPermutationTest(x, y, kernel: kernel, estimator: estimator, permutations: 99, generator: &second)
            #expect(a == b)
            #expect(a.pValue == Double(1 + a.exceedances) / 100)
            #expect(a.permutations == 99)
            #expect(mmdRelativeError(a.statistic, mmdSquared(x, y, kernel: kernel, estimator: estimator)) < 1e-12)
        }
    }

    /// Two identical samples are as alike as two samples can be: the observed MMD² is the
    /// smallest of all splits, so nearly every relabelling exceeds it and p is near 1.
    @Test func identicalSamplesAreNotRejected() {
        let x: [Double] = [0.1, 0.5, 0.9, 1.3, 2.0, -0.4]
        var rng = Xoshiro256StarStar(seed: 2)
        let result = mmdPermutationTest(
            x, x, kernel: GaussianKernel(bandwidth: 1), estimator: .unbiased, permutations: 200, generator: &rng)
        #expect(result.pValue > 0.9)
    }

    /// The relabellings are evaluated `KernelTable.labellingsPerPass` at a time, in one pass
    /// over the table; each must get the bits it would get evaluated alone, so that the test's
    /// outcome does not depend on how they are grouped.
    @Test func labellingsEvaluatedTogetherGiveTheBitsOfEachAlone() {
        var rng = Xoshiro256StarStar(seed: 11)
        let (size, m, count) = (37, 15, 21)
        let table = KernelTable(randomMatrix(size, 2, &rng), kernel: SumOfGaussiansKernel(bandwidths: [0.5, 2]))
        var together = Labellings(size: size, count: count)
        for labelling in 0..<count {
            var points = Array(0..<size)
            for i in 0..<m { points.swapAt(i, rng.nextInt(in: i..<size)) }
            for point in points.prefix(m) { together[labelling, point] = 1 }
        }
        for estimator in MMDEstimator.allCases {
            let values = table.mmdSquared(labellings: together, m: m, estimator)
            for labelling in 0..<count {
                var alone = Labellings(size: size, count: 1)
                for point in 0..<size { alone[0, point] = together[labelling, point] }
                #expect(table.mmdSquared(labellings: alone, m: m, estimator)[0].bitPattern == values[labelling].bitPattern)
            }
        }
    }
}
