// The two sums every MMD estimator is made of, and their gradients, computed row by row.
//
//     cross(a, b)  = Σᵢ Σⱼ κ(‖aᵢ − bⱼ‖²)          over all n·m pairs,
//     within(a)    = Σ_{i<j} κ(‖aᵢ − aⱼ‖²)         over the n(n − 1)/2 distinct pairs,
//
// with gradients, from ∇ₓ k(x, y) = 2κ′(‖x − y‖²)(x − y),
//
//     ∂cross/∂aᵢ  = Σⱼ 2κ′(r²ᵢⱼ)(aᵢ − bⱼ),
//     ∂within/∂aₗ = Σ_{j≠l} 2κ′(r²ₗⱼ)(aₗ − aⱼ)      (a pair i < j adds to both ends, with
//                                                  opposite signs).
//
// For each i, one row of squared distances is written into a buffer of length m, the kernel
// turns it into values (and slopes) in place, and the row is summed: the n × m table is never
// stored, only one row of it. The samples are first copied coordinate by coordinate, so that
// every loop over j runs along contiguous memory and vectorises. Rows are grouped into
// `RowChunks`, which may run on several threads. All sums go in a fixed order (four lanes,
// then the lanes, then the rows of a chunk, then the chunks), so results are reproducible bit
// for bit.

/// A sample set stored coordinate by coordinate: coordinate c of sample i is
/// `coordinates[c·count + i]` (the transpose of the rows-are-samples `Matrix`).
struct SampleColumns {
    let count: Int
    let dimension: Int
    let coordinates: [Double]

    /// - Precondition: at least one coordinate.
    init(_ samples: Matrix) {
        precondition(samples.columns >= 1, "a sample needs at least one coordinate")
        count = samples.rows
        dimension = samples.columns
        coordinates = samples.transposed.values
    }
}

/// cross(a, b); if `gradient` is given (laid out as `SampleColumns` of a), adds
/// scale·∂cross/∂aᵢ to it. Each chunk of rows i writes only the gradient of its own aᵢ.
/// `concurrent: false` runs the chunks one after another, for the tests (same bits).
func crossKernelSum(
    _ a: SampleColumns, _ b: SampleColumns, kernel: some RadialKernel,
    gradient: UnsafeMutablePointer<Double>? = nil, scale: Double = 1, concurrent: Bool = true
) -> Double {
    precondition(a.dimension == b.dimension, "the two samples must have the same dimension")
    let (n, m, d) = (a.count, b.count, a.dimension)
    let chunks = RowChunks(rows: n) { _ in m }
    return a.coordinates.withUnsafeBufferPointer { a in
        b.coordinates.withUnsafeBufferPointer { b in
            chunks.sum(concurrently: concurrent) { chunk in
                // Row i holds the pairs (i, j) for j = 0, …, m − 1.
                kernelRowSum(
                    chunks[chunk], longest: m, kernel: kernel,
                    distances: { i, r2 in
                        squaredDistances(a, i, n, b.baseAddress!, m, d, into: r2, count: m)
                        return m
                    },
                    slopes: gradient == nil ? nil : { [g = gradient!] i, s, _ in
                        for c in 0..<d {
                            let ac = a[c &* n &+ i]
                            let row = b.baseAddress! + c &* m
                            g[c &* n &+ i] += 2 * scale * slopedDifferenceSum(ac, row, s, m)
                        }
                    })
            }
        }
    }
}

/// within(a); if `gradient` is given (laid out as `SampleColumns` of a), adds
/// scale·∂within/∂aₗ to it. A pair (i, j) adds to the gradients of both aᵢ and aⱼ, and aⱼ may
/// belong to another chunk's rows, so each chunk accumulates a whole gradient of its own, and
/// these are added up in chunk order at the end. `concurrent` as for `crossKernelSum`.
func withinKernelSum(
    _ a: SampleColumns, kernel: some RadialKernel,
    gradient: UnsafeMutablePointer<Double>? = nil, scale: Double = 1, concurrent: Bool = true
) -> Double {
    let (n, d) = (a.count, a.dimension)
    let chunks = RowChunks(rows: n) { n - 1 - $0 }
    var chunkGradients = [Double](repeating: 0, count: gradient == nil ? 0 : chunks.count * n * d)
    return chunkGradients.withUnsafeMutableBufferPointer { chunkGradients in
        a.coordinates.withUnsafeBufferPointer { a in
            let total = chunks.sum(concurrently: concurrent) { chunk in
                // Row i holds the pairs (i, j) for j = i + 1, …, n − 1.
                kernelRowSum(
                    chunks[chunk], longest: n, kernel: kernel,
                    distances: { i, r2 in
                        let count = n &- i &- 1
                        squaredDistances(a, i, n, a.baseAddress! + (i &+ 1), n, d, into: r2, count: count)
                        return count
                    },
                    slopes: gradient == nil ? nil : { [g = chunkGradients.baseAddress! + chunk * n * d] i, s, count in
                        for c in 0..<d {
                            let ac = a[c &* n &+ i]
                            let others = a.baseAddress! + (c &* n &+ i &+ 1)
                            g[c &* n &+ i] += 2 * slopedDifferenceSum(ac, others, s, count)
                            subtractSlopedDifferences(2, ac, others, s, g + (c &* n &+ i &+ 1), count)
                        }
                    })
            }
            if let gradient {
                for k in 0..<(n * d) {
                    var sum = 0.0
                    for chunk in 0..<chunks.count { sum += chunkGradients[chunk * n * d + k] }
                    gradient[k] += scale * sum
                }
            }
            return total
        }
    }
}

/// Σ over the rows i of `rows`, in order, of Σⱼ κ(r²ᵢⱼ): `distances(i, r²)` writes row i's
/// squared distances (at most `longest`) and returns how many; the kernel turns them into
/// values in place, and the row is summed. With `slopes`, the kernel also gives the row's
/// slopes κ′(r²ᵢⱼ), which `slopes(i, κ′, count)` turns into the row's part of the gradient.
/// The n × m table is never stored, only one row of it.
private func kernelRowSum(
    _ rows: Range<Int>, longest: Int, kernel: some RadialKernel,
    distances: (_ row: Int, _ r2: UnsafeMutablePointer<Double>) -> Int,
    slopes: ((_ row: Int, _ slopes: UnsafePointer<Double>, _ count: Int) -> Void)?
) -> Double {
    var r2 = [Double](repeating: 0, count: longest)
    var s = [Double](repeating: 0, count: slopes == nil ? 0 : longest)
    var total = 0.0
    r2.withUnsafeMutableBufferPointer { r2 in
        s.withUnsafeMutableBufferPointer { s in
            for i in rows {
                let count = distances(i, r2.baseAddress!)
                guard count > 0 else { continue }
                let row = UnsafeMutableBufferPointer(rebasing: r2[0..<count])
                guard let slopes else {
                    kernel.values(overwriting: row)
                    total += groupedSum(row.baseAddress!, count)
                    continue
                }
                kernel.valuesAndSlopes(overwriting: row, slopes: s)
                total += groupedSum(row.baseAddress!, count)
                slopes(i, s.baseAddress!, count)
            }
        }
    }
    return total
}

/// r²ⱼ = Σ_c (a_ci − b_cj)² for j < count, where a's coordinate c is at `a[c·aStride + i]` and
/// b's at `b[c·bStride + j]`. Each coordinate is one elementwise pass, which vectorises.
@inline(__always)
private func squaredDistances(
    _ a: UnsafeBufferPointer<Double>, _ i: Int, _ aStride: Int,
    _ b: UnsafePointer<Double>, _ bStride: Int, _ dimension: Int,
    into r2: UnsafeMutablePointer<Double>, count: Int
) {
    let a0 = a[i]
    for j in 0..<count {
        let t = a0 - b[j]
        r2[j] = t * t
    }
    for c in 1..<dimension {
        let ac = a[c &* aStride &+ i]
        let bc = b + c &* bStride
        for j in 0..<count {
            let t = ac - bc[j]
            r2[j] += t * t
        }
    }
}
