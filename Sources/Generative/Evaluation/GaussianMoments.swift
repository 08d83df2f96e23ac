/// A Gaussian summary of a sample in one or two dimensions: its mean vector μ and covariance
/// matrix Σ (row-major, d × d), what the Fréchet distance compares. The covariance divides by
/// n − 1, as NumPy's `cov` and the FID reference implementation do.
public struct GaussianMoments: Equatable, Sendable {
    /// μ, one entry per coordinate.
    public let mean: [Double]
    /// Σ, row-major: Σᵢⱼ = `covariance[i * d + j]`.
    public let covariance: [Double]

    /// The number of coordinates d.
    public var dimension: Int { mean.count }

    /// A Gaussian given by its parameters.
    /// - Precondition: d is 1 or 2; Σ is d × d, symmetric, positive semi-definite.
    public init(mean: [Double], covariance: [Double]) {
        let d = mean.count
        precondition((1...2).contains(d) && covariance.count == d * d, "a Gaussian in one or two dimensions")
        precondition(d == 1 || covariance[1] == covariance[2], "a covariance matrix is symmetric")
        self.mean = mean
        self.covariance = covariance
    }

    /// The sample mean and the unbiased sample covariance of the rows of `sample` (n × d).
    /// - Precondition: d is 1 or 2; n ≥ 2.
    public init(sample: Matrix) {
        let (n, d) = (sample.rows, sample.columns)
        precondition(n >= 2, "a covariance needs at least two samples")
        let means = (0..<d).map { j in Generative.mean((0..<n).map { sample[$0, j] }) }
        var covariance = [Double](repeating: 0, count: d * d)
        for row in 0..<n {
            for i in 0..<d {
                for j in 0..<d {
                    covariance[i * d + j] += (sample[row, i] - means[i]) * (sample[row, j] - means[j])
                }
            }
        }
        self.init(mean: means, covariance: covariance.map { $0 / Double(n - 1) })
    }
}
