import Foundation
import Generative
import Testing

@Suite struct MMDEstimatorTests {
    /// x = {0, 1}, y = {0, 2}, Gaussian kernel σ = 1, k(a, b) = exp(−(a − b)²/2); write
    /// a = e^(−1/2) = 0.6065306597126334 and b = e^(−2) = 0.1353352832366127.
    ///   within x: k(0, 1) = a;  within y: k(0, 2) = b;  k(x, x) = 1 on the diagonal;
    ///   across:   k(0, 0) + k(0, 2) + k(1, 0) + k(1, 2) = 1 + b + 2a.
    /// Biased:   (2 + 2a)/4 + (2 + 2b)/4 − 2(1 + b + 2a)/4 = (1 − a)/2 = 0.1967346701436833.
    /// Unbiased: 2a/2 + 2b/2 − 2(1 + b + 2a)/4 = (b − 1)/2 = −0.43233235838169365:
    /// negative, because the one pair within x (distance 1) is *closer* than the typical cross
    /// pair, and the unbiased estimator has no diagonal to keep it above 0.
    @Test func handComputedExample() {
        let kernel = GaussianKernel(bandwidth: 1)
        let biased = mmdSquared([0, 1], [0, 2], kernel: kernel, estimator: .biased)
        let unbiased = mmdSquared([0, 1], [0, 2], kernel: kernel, estimator: .unbiased)
        #expect(abs(biased - 0.1967346701436833) < 1e-15)
        #expect(abs(unbiased - -0.43233235838169365) < 1e-15)
        #expect(unbiased < 0)
        // One sample on each side, x = {0}, y = {1}: the biased estimate is
        // k(0, 0) + k(1, 1) − 2k(0, 1) = 2 − 2a = 0.7869386805747332.
        #expect(abs(mmdSquared([0], [1], kernel: kernel, estimator: .biased) - 0.7869386805747332) < 1e-15)
    }

    /// The row-by-row, four-lane implementation against the definition's double loop, for
    /// sizes that leave every remainder mod 4, in 1 to 3 dimensions, with a Gaussian, a sum
    /// of Gaussians and a kernel on the protocol's default row functions.
    @Test(arguments: [(7, 5, 1), (4, 9, 2), (6, 6, 3), (2, 3, 2)])
    func matchesTheDefinition(m: Int, n: Int, dimension: Int) {
        var rng = Xoshiro256StarStar(seed: UInt64(m * 100 + n * 10 + dimension))
        let x = randomMatrix(m, dimension, &rng)
        let y = 1.5 * randomMatrix(n, dimension, &rng)
        for estimator in MMDEstimator.allCases {
            let gaussian = GaussianKernel(bandwidth: 0.8)
            let sum = SumOfGaussiansKernel(bandwidths: [0.2, 1, 3])
            let multiquadric = InverseMultiquadricKernel()
            #expect(mmdRelativeError(
                mmdSquared(x, y, kernel: gaussian, estimator: estimator),
                Reference.mmdSquared(x, y, kernel: gaussian, estimator: estimator)) < 1e-13)
            #expect(mmdRelativeError(
                mmdSquared(x, y, kernel: sum, estimator: estimator),
                Reference.mmdSquared(x, y, kernel: sum, estimator: estimator)) < 1e-13)
            #expect(mmdRelativeError(
                mmdSquared(x, y, kernel: multiquadric, estimator: estimator),
                Reference.mmdSquared(x, y, kernel: multiquadric, estimator: estimator)) < 1e-13)
        }
    }

    /// The book's NumPy benchmark (`mmd` in numpy_reference.py: kernel Σ_σ exp(−d²/(2σ²)) over
    /// σ = 0.1, 0.5, 1, 2, 5, 10, value kxx.mean() + kyy.mean() − 2·kxy.mean()) on
    /// xᵢ = 2 sin(1.7i), i < 41, and yⱼ = cos(0.9j) + 0.3, j < 37, run in float64:
    /// 0.6734278284804418, gradient entries 0, 1, 2, 36 = −0.05160286958794702,
    /// −0.022398038371520407, 0.021347472611672937, 0.058796149224674354.
    @Test func matchesTheNumPyReference() {
        let x = (0..<41).map { 2 * sin(1.7 * Double($0)) }
        let y = (0..<37).map { cos(0.9 * Double($0)) + 0.3 }
        let kernel = SumOfGaussiansKernel(bandwidths: [0.1, 0.5, 1, 2, 5, 10])
        let (value, gradient) = mmdSquaredWithGradient(real: x, generated: y, kernel: kernel, estimator: .biased)
        #expect(mmdRelativeError(value, 0.6734278284804418) < 1e-13)
        let expected = [-0.05160286958794702, -0.022398038371520407, 0.021347472611672937, 0.058796149224674354]
        for (index, g) in zip([0, 1, 2, 36], expected) {
            #expect(mmdRelativeError(gradient[index], g) < 1e-12)
        }
    }

    /// On 2000 draws from each of N(0, 1) and N(0.5, 1), both estimators are close to the
    /// population MMD² (0.0471239558476277 for σ = 1, from the closed form) and to each other. They
    /// differ by exactly (κ(0) − mean k within x)/m + (the same for y)/n, below 2/2000 here;
    /// their sampling error is about 0.003.
    @Test func biasedAndUnbiasedAgreeOnLargeSamples() {
        var rng = Xoshiro256StarStar(seed: 2012)
        let x = normalColumn(2000, mean: 0, &rng)
        let y = normalColumn(2000, mean: 0.5, &rng)
        let kernel = GaussianKernel(bandwidth: 1)
        let population = gaussianPopulationMMDSquared(shift: 0.5, bandwidth: 1)
        let biased = mmdSquared(x, y, kernel: kernel, estimator: .biased)
        let unbiased = mmdSquared(x, y, kernel: kernel, estimator: .unbiased)
        #expect(abs(population - 0.0471239558476277) < 1e-15)
        #expect(abs(biased - unbiased) < 1e-3)
        #expect(biased > unbiased)
        #expect(abs(unbiased - population) < 0.01)
        #expect(abs(biased - population) < 0.01)
    }

    /// Samples of one distribution give an unbiased MMD² near 0 (measured: within ±0.0022 over
    /// these ten seeds, a standard error of about 0.0015 at n = 500), samples of N(0, 1) and
    /// N(1, 1) one clearly positive, near the population value 0.17727 (measured: 0.154 to
    /// 0.234, a standard error of about 0.02).
    @Test func separatesEqualFromDifferentDistributions() {
        let kernel = GaussianKernel(bandwidth: 1)
        for seed: UInt64 in 0..<10 {
            var rng = Xoshiro256StarStar(seed: seed)
            let x = normalColumn(500, mean: 0, &rng)
            let same = normalColumn(500, mean: 0, &rng)
            let shifted = normalColumn(500, mean: 1, &rng)
            #expect(abs(mmdSquared(x, same, kernel: kernel, estimator: .unbiased)) < 0.006)
            let different = mmdSquared(x, shifted, kernel: kernel, estimator: .unbiased)
            #expect(different > 0.1)
            #expect(abs(different - gaussianPopulationMMDSquared(shift: 1, bandwidth: 1)) < 0.08)
        }
    }

    /// MMD² is a squared distance between embeddings: symmetric in its two samples and
    /// unchanged by translating both (the kernel is radial).
    @Test func symmetricAndTranslationInvariant() {
        var rng = Xoshiro256StarStar(seed: 5)
        let x = randomMatrix(13, 2, &rng)
        let y = randomMatrix(11, 2, &rng)
        let shift = Matrix(rows: 1, columns: 2, values: [0.25, -0.5])
        let kernel = SumOfGaussiansKernel(bandwidths: [0.5, 2])
        for estimator in MMDEstimator.allCases {
            let value = mmdSquared(x, y, kernel: kernel, estimator: estimator)
            #expect(mmdRelativeError(value, mmdSquared(y, x, kernel: kernel, estimator: estimator)) < 1e-13)
            let moved = mmdSquared(
                x.addingToEachRow(shift), y.addingToEachRow(shift), kernel: kernel, estimator: estimator)
            #expect(mmdRelativeError(value, moved) < 1e-12)
        }
    }

    /// Lemma 14 on a hand-computed pair: x = (0, 1), y = (2, 0), σ = 1 gives
    /// h = k(0, 1) + k(2, 0) − k(0, 0) − k(1, 2) = a + b − 1 − a = e^(−2) − 1 = −0.8646647167633873;
    /// a fifth sample is left out, and a second pair identical to the first leaves the mean.
    @Test func linearTimeHandComputed() {
        let kernel = GaussianKernel(bandwidth: 1)
        #expect(abs(linearTimeMMDSquared([0, 1], [2, 0], kernel: kernel) - -0.8646647167633873) < 1e-15)
        let twice = linearTimeMMDSquared([0, 1, 0, 1, 9], [2, 0, 2, 0, 9], kernel: kernel)
        #expect(abs(twice - -0.8646647167633873) < 1e-15)
    }

    /// The linear-time estimator is unbiased but noisier: on 20000 draws (10000 terms) from
    /// N(0, 1) and N(1, 1) its mean is the population 0.1773 within 0.03, and for equal
    /// distributions it is within 0.03 of 0.
    @Test func linearTimeEstimatesThePopulationValue() {
        var rng = Xoshiro256StarStar(seed: 14)
        let x = normalColumn(20000, mean: 0, &rng)
        let y = normalColumn(20000, mean: 1, &rng)
        let same = normalColumn(20000, mean: 0, &rng)
        let kernel = GaussianKernel(bandwidth: 1)
        let population = gaussianPopulationMMDSquared(shift: 1, bandwidth: 1)
        #expect(abs(linearTimeMMDSquared(x, y, kernel: kernel) - population) < 0.03)
        #expect(abs(linearTimeMMDSquared(x, same, kernel: kernel)) < 0.03)
    }
}
