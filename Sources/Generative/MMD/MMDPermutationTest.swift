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
///
/// Those additions read half the table per relabelling, more than the processor's caches hold
/// for N in the thousands, so they wait on memory; the relabellings are therefore drawn
/// `KernelTable.labellingsPerPass` at a time and evaluated in one pass over the table (each
/// with the bits it would have alone, see `KernelTable.mmdSquared(labellings:)`).
/// - Precondition: as for `mmdSquared`, and `permutations` ≥ 1.
public func mmdPermutationTest(
    _ x: Matrix, _ y: Matrix, kernel: some RadialKernel, estimator: MMDEstimator,
    permutations: Int = 1000, generator: inout some RandomNumberGenerator
) -> MMDTestResult {
    let (m, n) = checkSamples(x, y, estimator)
    precondition(permutations >= 1, "a permutation test needs at least one permutation")
    let table = KernelTable(Matrix(stacking: x, y), kernel: kernel)
    var labellings = Labellings(size: m + n, count: 1)
    for i in 0..<m { labellings[0, i] = 1 }
    let observed = table.mmdSquared(labellings: labellings, m: m, estimator)[0]
    var order = Array(0..<(m + n))
    var exceedances = 0
    var remaining = permutations
    while remaining > 0 {
        labellings = Labellings(size: m + n, count: min(remaining, KernelTable.labellingsPerPass))
        for labelling in 0..<labellings.count {
            for i in 0..<m {
                order.swapAt(i, generator.nextInt(in: i..<(m + n)))
            }
            for i in 0..<m { labellings[labelling, order[i]] = 1 }
        }
        exceedances += table.mmdSquared(labellings: labellings, m: m, estimator).count { $0 >= observed }
        remaining -= labellings.count
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
package struct KernelTable {
    let size: Int
    let values: [Double]
    let rowSums: [Double]
    let total: Double
    let diagonalTotal: Double

    package init(_ pooled: Matrix, kernel: some RadialKernel) {
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

    /// How many labellings `mmdSquared(labellings:)` evaluates in one pass over the table: 16
    /// indicator rows of N doubles stay in a core's second-level cache for N in the thousands.
    package static let labellingsPerPass = 16

    /// The estimator for each labelling (1 for the m points playing x, 0 for the others). Row i
    /// of the table is read once for all labellings that put point i in x, so the table passes
    /// through the caches once per call rather than once per labelling. Each labelling's sums
    /// run over i in increasing order, the order they would take alone, so equal labellings
    /// give equal bits however many are evaluated together.
    package func mmdSquared(labellings: Labellings, m: Int, _ estimator: MMDEstimator) -> [Double] {
        let n = size - m
        let count = labellings.count
        var (sxx, sx, diagonalX) = ([Double](repeating: 0, count: count), [Double](repeating: 0, count: count),
                                    [Double](repeating: 0, count: count))
        values.withUnsafeBufferPointer { table in
            labellings.indicators.withUnsafeBufferPointer { indicators in
                for i in 0..<size {
                    let row = table.baseAddress! + i * size
                    for labelling in 0..<count where indicators[labelling * size + i] != 0 {
                        sxx[labelling] += groupedDot(row, indicators.baseAddress! + labelling * size, size)
                        sx[labelling] += rowSums[i]
                        diagonalX[labelling] += row[i]
                    }
                }
            }
        }
        let (mm, nn) = (Double(m), Double(n))
        return (0..<count).map { labelling in
            let sxx = sxx[labelling]
            let sxy = sx[labelling] - sxx
            let syy = total - sxx - 2 * sxy
            switch estimator {
            case .biased:
                return sxx / (mm * mm) + syy / (nn * nn) - 2 * sxy / (mm * nn)
            case .unbiased:
                let diagonalY = diagonalTotal - diagonalX[labelling]
                return (sxx - diagonalX[labelling]) / (mm * (mm - 1)) + (syy - diagonalY) / (nn * (nn - 1))
                    - 2 * sxy / (mm * nn)
            }
        }
    }
}

/// Labellings of a pooled sample of `size` points, each a row of indicators: 1 where the point
/// plays x, 0 where it plays y. New labellings are all 0.
package struct Labellings {
    let size: Int
    let count: Int
    private(set) var indicators: [Double]

    package init(size: Int, count: Int) {
        self.size = size
        self.count = count
        indicators = [Double](repeating: 0, count: size * count)
    }

    package subscript(labelling: Int, point: Int) -> Double {
        get { indicators[labelling * size + point] }
        set { indicators[labelling * size + point] = newValue }
    }
}
