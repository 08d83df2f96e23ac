/// The two quadratic-time estimators of the squared maximum mean discrepancy,
///
///     MMD²(P, Q) = E k(x, x′) + E k(y, y′) − 2 E k(x, y),     x, x′ ~ P,  y, y′ ~ Q,
///
/// the squared distance between the kernel mean embeddings of P and Q (Gretton, Borgwardt,
/// Rasch, Schölkopf & Smola, "A kernel two-sample test", JMLR 13, 2012, Lemma 6), from
/// samples x₁, …, x_m ~ P and y₁, …, y_n ~ Q.
public enum MMDEstimator: Sendable, Hashable, CaseIterable {
    /// The V-statistic (Gretton et al. 2012, eq. 5), every expectation replaced by the average
    /// over *all* pairs, the pairs of a point with itself included:
    ///
    ///     MMD²_b = 1/m² Σᵢⱼ k(xᵢ, xⱼ) + 1/n² Σᵢⱼ k(yᵢ, yⱼ) − 2/(mn) Σᵢⱼ k(xᵢ, yⱼ).
    ///
    /// It is the exact MMD² between the two empirical distributions, so it is never negative
    /// and is 0 only when the samples coincide as sets; but the diagonal terms k(x, x) bias it
    /// upwards by O(1/m + 1/n). This is the loss of the generative matching networks (Li,
    /// Swersky & Zemel 2015), and of the book's NumPy benchmark.
    case biased
    /// The U-statistic (Gretton et al. 2012, eq. 3), the pairs of a point with itself left out:
    ///
    ///     MMD²_u = 1/(m(m−1)) Σ_{i≠j} k(xᵢ, xⱼ) + 1/(n(n−1)) Σ_{i≠j} k(yᵢ, yⱼ) − 2/(mn) Σᵢⱼ k(xᵢ, yⱼ).
    ///
    /// Its expectation is exactly MMD²(P, Q); so when P = Q it averages 0, and since its null
    /// distribution is skewed to the right it is negative more often than not (about 60% of
    /// the time for two samples of 100 normals). A negative value is not an error: it says the samples are
    /// *less* different than two samples of one distribution typically are.
    case unbiased
}

/// The estimate of MMD² between the samples `x` (m × d, one sample per row) and `y` (n × d).
///
/// Costs O((m + n)²·d) time, with one kernel evaluation per distinct pair (k is symmetric, so
/// a pair within a sample is evaluated once), and O((m + n)·d) extra memory, a copy of the samples
/// laid out coordinate by coordinate: the pairwise table
/// is never stored, only summed a row at a time. Its reference is the double sum
/// `Reference.mmdSquared`, which it matches to rounding.
/// - Precondition: the same number of columns, at least one; at least one sample in each
///   (two for `.unbiased`).
public func mmdSquared(
    _ x: Matrix, _ y: Matrix, kernel: some RadialKernel, estimator: MMDEstimator
) -> Double {
    let (m, n) = checkSamples(x, y, estimator)
    let (xs, ys) = (SampleColumns(x), SampleColumns(y))
    let xx = withinKernelSum(xs, kernel: kernel)
    let yy = withinKernelSum(ys, kernel: kernel)
    let xy = crossKernelSum(ys, xs, kernel: kernel)
    return combine(xx: xx, yy: yy, xy: xy, m: m, n: n, diagonal: kernel.value(squaredDistance: 0), estimator)
}

/// MMD² from the sums within x (over i < j), within y (i < j) and across (all pairs):
/// a sum over all ordered pairs i ≠ j is twice the sum over i < j, and the biased estimator
/// adds the m (or n) diagonal terms κ(0).
func combine(
    xx: Double, yy: Double, xy: Double, m: Int, n: Int, diagonal: Double, _ estimator: MMDEstimator
) -> Double {
    let (m, n) = (Double(m), Double(n))
    let cross = 2 * xy / (m * n)
    switch estimator {
    case .biased:
        return (2 * xx + m * diagonal) / (m * m) + (2 * yy + n * diagonal) / (n * n) - cross
    case .unbiased:
        return 2 * xx / (m * (m - 1)) + 2 * yy / (n * (n - 1)) - cross
    }
}

/// The sample sizes, after checking that the estimator is defined for them.
func checkSamples(_ x: Matrix, _ y: Matrix, _ estimator: MMDEstimator) -> (m: Int, n: Int) {
    precondition(x.columns == y.columns, "the two samples must have the same dimension")
    precondition(x.columns >= 1, "a sample needs at least one coordinate")
    let least = estimator == .unbiased ? 2 : 1
    precondition(
        x.rows >= least && y.rows >= least,
        estimator == .unbiased
            ? "the unbiased MMD² needs two samples on each side" : "MMD² needs a sample on each side")
    return (x.rows, y.rows)
}

/// MMD² between two samples on the line (each an n × 1 matrix).
public func mmdSquared(
    _ x: [Double], _ y: [Double], kernel: some RadialKernel, estimator: MMDEstimator
) -> Double {
    mmdSquared(.column(x), .column(y), kernel: kernel, estimator: estimator)
}

extension Matrix {
    /// The n × 1 matrix of a sample on the line: one row per value.
    static func column(_ values: [Double]) -> Matrix {
        Matrix(rows: values.count, columns: 1, values: values)
    }
}
