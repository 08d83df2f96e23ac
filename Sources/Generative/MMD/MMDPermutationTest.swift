/// The outcome of `mmdPermutationTest`.
public struct MMDTestResult: Sendable, Equatable {
    /// The observed MMD², from the same kernel table as the permuted values (it can differ from
    /// `mmdSquared` in the last bits, since the sums are taken in another order).
    public let statistic: Double
    /// (1 + exceedances) / (1 + permutations).
    public let pValue: Double
    /// The number of random relabellings.
    public let permutations: Int
    /// How many relabellings gave an MMD² at least as large as the observed one.
    public let exceedances: Int
}

/// A kernel two-sample test of H₀: P = Q by permutation (Gretton et al. 2012, JMLR 13, §5 and
/// §8, where it is the "bootstrap" null): if the samples come from one distribution, the
/// labels "from x" and "from y" are exchangeable, so the observed MMD² is one more draw from
/// the distribution of MMD² over random relabellings of the pooled sample. With B
/// relabellings, of which E give an MMD² ≥ the observed one,
///
///     p = (1 + E) / (1 + B),
///
/// counting the observed labelling as one of the permutations (Phipson & Smyth, "Permutation
/// p-values should never be zero", Stat. Appl. Genet. Mol. Biol. 9(1), 2010). Under H₀ this p
/// is valid, P(p ≤ α) ≤ α, and it is never 0; its smallest value is 1/(1 + B).
///
/// Each relabelling draws a uniformly random set of m of the N = m + n pooled points to play
/// x, by m steps of a Fisher–Yates shuffle using `nextInt(in:)`, so the test is reproducible
/// from the generator's seed. The N × N table of kernel values is computed once (one kernel
/// evaluation per distinct pair) and kept — the one place in this module that stores it,
/// because every relabelling reuses every entry; that is 8·N² bytes, 8 MiB for N = 1024.
/// Each relabelling then costs m·N additions and no kernel evaluation: with row sums Rᵢ and
/// the grand total T of the table, the three sums of the estimator are
///
///     S_xx = Σ_{i∈X} Σ_{j∈X} Kᵢⱼ,   S_xy = Σ_{i∈X} Rᵢ − S_xx,   S_yy = T − S_xx − 2·S_xy.
/// - Precondition: as for `mmdSquared`, and `permutations` ≥ 1.
public func mmdPermutationTest(
    _ x: Matrix, _ y: Matrix, kernel: some RadialKernel, estimator: MMDEstimator,
    permutations: Int = 1000, generator: inout some RandomNumberGenerator
) -> MMDTestResult {
    let (m, n) = checkSamples(x, y, estimator)
    precondition(permutations >= 1, "a permutation test needs at least one permutation")
    let table = KernelTable(Matrix(stacking: x, y), kernel: kernel)
    var inX = [Double](repeating: 0, count: m + n)
    for i in 0..<m { inX[i] = 1 }
    let observed = table.mmdSquared(inX: inX, m: m, estimator)
    var order = Array(0..<(m + n))
    var exceedances = 0
    for _ in 0..<permutations {
        for i in 0..<m {
            order.swapAt(i, generator.nextInt(in: i..<(m + n)))
        }
        for i in inX.indices { inX[i] = 0 }
        for i in 0..<m { inX[order[i]] = 1 }
        if table.mmdSquared(inX: inX, m: m, estimator) >= observed { exceedances += 1 }
    }
    return MMDTestResult(
        statistic: observed, pValue: Double(1 + exceedances) / Double(1 + permutations),
        permutations: permutations, exceedances: exceedances)
}

/// The permutation test for samples on the line.
public func mmdPermutationTest(
    _ x: [Double], _ y: [Double], kernel: some RadialKernel, estimator: MMDEstimator,
    permutations: Int = 1000, generator: inout some RandomNumberGenerator
) -> MMDTestResult {
    mmdPermutationTest(
        .column(x), .column(y), kernel: kernel, estimator: estimator, permutations: permutations,
        generator: &generator)
}

/// The full table Kᵢⱼ = k(zᵢ, zⱼ) of a pooled sample, with its row sums, its total and the
/// total of its diagonal.
private struct KernelTable {
    let size: Int
    let values: [Double]
    let rowSums: [Double]
    let total: Double
    let diagonalTotal: Double

    init(_ pooled: Matrix, kernel: some RadialKernel) {
        size = pooled.rows
        let columns = SampleColumns(pooled)
        let n = size
        var values = [Double](repeating: 0, count: n * n)
        values.withUnsafeMutableBufferPointer { table in
            columns.coordinates.withUnsafeBufferPointer { z in
                for i in 0..<n {
                    // Row i from the diagonal on, then mirrored into column i.
                    let row = UnsafeMutableBufferPointer(rebasing: table[(i * n + i)..<(i * n + n)])
                    for j in i..<n {
                        var r2 = 0.0
                        for c in 0..<columns.dimension {
                            let t = z[c * n + i] - z[c * n + j]
                            r2 += t * t
                        }
                        row[j - i] = r2
                    }
                    kernel.values(overwriting: row)
                    for j in (i + 1)..<n { table[j * n + i] = table[i * n + j] }
                }
            }
        }
        self.values = values
        rowSums = (0..<n).map { i in values.withUnsafeBufferPointer { groupedSum($0.baseAddress! + i * n, n) } }
        total = rowSums.withUnsafeBufferPointer { groupedSum($0.baseAddress!, n) }
        diagonalTotal = (0..<n).reduce(0.0) { $0 + values[$1 * n + $1] }
    }

    /// The estimator for the labelling `inX` (1 for the m points playing x, 0 for the others),
    /// summing over i in increasing order so that equal labellings give equal bits.
    func mmdSquared(inX: [Double], m: Int, _ estimator: MMDEstimator) -> Double {
        let n = size - m
        var (sxx, sx, diagonalX) = (0.0, 0.0, 0.0)
        values.withUnsafeBufferPointer { table in
            inX.withUnsafeBufferPointer { mask in
                for i in 0..<size where mask[i] != 0 {
                    sxx += groupedDot(table.baseAddress! + i * size, mask.baseAddress!, size)
                    sx += rowSums[i]
                    diagonalX += table[i * size + i]
                }
            }
        }
        let sxy = sx - sxx
        let syy = total - sxx - 2 * sxy
        let (mm, nn) = (Double(m), Double(n))
        switch estimator {
        case .biased:
            return sxx / (mm * mm) + syy / (nn * nn) - 2 * sxy / (mm * nn)
        case .unbiased:
            let diagonalY = diagonalTotal - diagonalX
            return (sxx - diagonalX) / (mm * (mm - 1)) + (syy - diagonalY) / (nn * (nn - 1)) - 2 * sxy / (mm * nn)
        }
    }
}
