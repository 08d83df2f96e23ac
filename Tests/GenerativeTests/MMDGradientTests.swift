import Foundation
import Generative
import Testing

/// The largest relative error, over every coordinate of every generated sample, between the
/// closed-form gradient and central differences (f(y + h) − f(y − h))/2h with h = 1e-6.
private func worstGradientError(
    x: Matrix, y: Matrix, kernel: some RadialKernel, estimator: MMDEstimator
) -> Double {
    let gradient = mmdSquaredWithGradient(real: x, generated: y, kernel: kernel, estimator: estimator).gradient
    let h = 1e-6
    var worst = 0.0
    for i in y.values.indices {
        var plus = y
        var minus = y
        plus[flat: i] += h
        minus[flat: i] -= h
        let numeric = (mmdSquared(x, plus, kernel: kernel, estimator: estimator)
            - mmdSquared(x, minus, kernel: kernel, estimator: estimator)) / (2 * h)
        worst = max(worst, abs(gradient.values[i] - numeric) / max(1e-8, abs(gradient.values[i]) + abs(numeric)))
    }
    return worst
}

@Suite struct MMDGradientTests {
    /// The example of `handComputedExample`: x = {0, 1}, y = {0, 2}, σ = 1, so that
    /// 2κ′(r²)·(y − z) = −k(y, z)·(y − z). With a = e^(−1/2), b = e^(−2):
    ///   biased, y₁ = 0: 2/4·(−b·(0 − 2)) − 2/4·(−1·0 − a·(0 − 1)) = b − a/2 = −0.167930046619704;
    ///   biased, y₂ = 2: 2/4·(−b·2)       − 2/4·(−b·2 − a·1)       = a/2     =  0.3032653298563167;
    ///   unbiased: the within-y sum has 2/(2·1) = 1 in place of 2/4:
    ///   y₁: 2b − a/2 = −0.03259476338309131,   y₂: −b + a/2 = 0.167930046619704.
    @Test func handComputedGradient() {
        let kernel = GaussianKernel(bandwidth: 1)
        let biased = mmdSquaredWithGradient(real: [0, 1], generated: [0, 2], kernel: kernel, estimator: .biased)
        let unbiased = mmdSquaredWithGradient(real: [0, 1], generated: [0, 2], kernel: kernel, estimator: .unbiased)
        for (g, expected) in zip(biased.gradient + unbiased.gradient,
                                 [-0.167930046619704, 0.3032653298563167, -0.03259476338309131, 0.167930046619704]) {
            #expect(abs(g - expected) < 1e-15)
        }
    }

    /// Closed form against central differences, in 1, 2 and 3 dimensions, with sizes that
    /// exercise the partial lane groups, for both estimators and both Gaussian kernels.
    @Test(arguments: [(7, 6, 1), (5, 9, 2), (8, 5, 3)])
    func gradientMatchesFiniteDifferences(m: Int, n: Int, dimension: Int) {
        var rng = Xoshiro256StarStar(seed: UInt64(31 * m + n + dimension))
        let x = randomMatrix(m, dimension, &rng)
        let y = 1.3 * randomMatrix(n, dimension, &rng) + Matrix(rows: n, columns: dimension, repeating: 0.2)
        for estimator in MMDEstimator.allCases {
            #expect(worstGradientError(x: x, y: y, kernel: GaussianKernel(bandwidth: 0.7), estimator: estimator) < 1e-6)
            #expect(worstGradientError(
                x: x, y: y, kernel: SumOfGaussiansKernel(bandwidths: [0.3, 1, 2.5]), estimator: estimator) < 1e-6)
            #expect(worstGradientError(x: x, y: y, kernel: InverseMultiquadricKernel(), estimator: estimator) < 1e-6)
        }
    }

    /// The closed-form gradient, summed row by row in four lanes and in chunks of rows,
    /// against the double sum of its definition, every coordinate within 1e-12 of the
    /// largest (the two orders of summation differ by rounding only), for sizes that leave
    /// every remainder mod 4 and for samples large enough to be cut into chunks.
    @Test(arguments: [(7, 6, 1), (5, 9, 2), (8, 5, 3), (300, 260, 2)])
    func gradientMatchesTheDefinition(m: Int, n: Int, dimension: Int) {
        var rng = Xoshiro256StarStar(seed: UInt64(7 * m + n + dimension))
        let x = randomMatrix(m, dimension, &rng)
        let y = 0.9 * randomMatrix(n, dimension, &rng)
        let kernel = SumOfGaussiansKernel(bandwidths: [0.2, 1])
        for estimator in MMDEstimator.allCases {
            let gradient = mmdSquaredWithGradient(real: x, generated: y, kernel: kernel, estimator: estimator).gradient
            let reference = Reference.mmdSquaredGradient(real: x, generated: y, kernel: kernel, estimator: estimator)
            let largest = reference.values.map(abs).max()!
            let worst = zip(gradient.values, reference.values).map { abs($0 - $1) }.max()!
            #expect(worst <= 1e-12 * largest, "\(estimator): \(worst) against \(largest)")
        }
    }

    /// Samples large enough to be split into several chunks of rows that run on several
    /// threads (within x: 44850 pairs, across: 78000): the value matches the definition and
    /// the gradient matches central differences on a sample of coordinates. (That the threads
    /// do not change a bit is `MMDConcurrencyTests`'s.)
    @Test func chunkedSumsMatchTheDefinition() {
        var rng = Xoshiro256StarStar(seed: 77)
        let x = randomMatrix(300, 2, &rng)
        let y = 0.8 * randomMatrix(260, 2, &rng)
        let kernel = SumOfGaussiansKernel(bandwidths: [0.2, 1])
        for estimator in MMDEstimator.allCases {
            let (value, gradient) = mmdSquaredWithGradient(real: x, generated: y, kernel: kernel, estimator: estimator)
            #expect(mmdRelativeError(value, Reference.mmdSquared(x, y, kernel: kernel, estimator: estimator)) < 1e-11)
            for index in [0, 1, 17, 258, 519] {
                var plus = y
                var minus = y
                plus[flat: index] += 1e-5
                minus[flat: index] -= 1e-5
                let numeric = (mmdSquared(x, plus, kernel: kernel, estimator: estimator)
                    - mmdSquared(x, minus, kernel: kernel, estimator: estimator)) / 2e-5
                #expect(mmdRelativeError(gradient.values[index], numeric) < 1e-5)
            }
        }
    }

    /// The value returned with the gradient is `mmdSquared`'s, bit for bit, and the gradient
    /// has the shape of the generated samples.
    @Test func valueAndShapeMatch() {
        var rng = Xoshiro256StarStar(seed: 3)
        let x = randomMatrix(10, 2, &rng)
        let y = randomMatrix(7, 2, &rng)
        let kernel = SumOfGaussiansKernel(bandwidths: [0.1, 0.5, 1, 2, 5, 10])
        for estimator in MMDEstimator.allCases {
            let (value, gradient) = mmdSquaredWithGradient(real: x, generated: y, kernel: kernel, estimator: estimator)
            #expect(value == mmdSquared(x, y, kernel: kernel, estimator: estimator))
            #expect(gradient.rows == 7 && gradient.columns == 2)
        }
    }

    /// The negative gradient is a descent direction: 100 steps of gradient descent on the
    /// generated samples y (from N(3, 1)) towards real ones x (from N(0, 1)) lower the biased
    /// MMD² at every step, by a factor above 100 in all (2.55 to 0.010 measured), and close
    /// most of the gap between the sample means (3 to 0.43).
    @Test func gradientDescentMatchesDistributions() {
        var rng = Xoshiro256StarStar(seed: 8)
        let x = normalColumn(200, mean: 0, &rng)
        var y = normalColumn(200, mean: 3, &rng)
        let kernel = SumOfGaussiansKernel(bandwidths: [0.5, 1, 2, 5])
        let start = mmdSquared(x, y, kernel: kernel, estimator: .biased)
        var previous = start
        for _ in 0..<100 {
            let gradient = mmdSquaredWithGradient(real: x, generated: y, kernel: kernel, estimator: .biased).gradient
            y = y - 0.5 * Double(y.rows) * gradient  // one sample's gradient is O(1/n)
            let value = mmdSquared(x, y, kernel: kernel, estimator: .biased)
            #expect(value < previous)
            previous = value
        }
        #expect(previous < start / 100)
        #expect(abs(y.sum() / 200 - x.sum() / 200) < 0.5)
    }
}
