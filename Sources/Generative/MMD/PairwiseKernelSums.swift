// The two sums every MMD estimator is made of, and their gradients:
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
// Both go row by row: row i of the table of pairs is filled into a `KernelRow` and summed
// in the four-lane order of `groupedSum`. The rows are cut into `RowChunks`, which may run
// on several threads, and the chunks' sums are added in chunk order. So each result has one
// order of operations on every machine and is reproducible bit for bit. The plain double
// sums, which these match to rounding, are `Reference.mmdSquared` and
// `Reference.mmdSquaredGradient`.

/// cross(a, b); with a `gradient` of a, also adds scale·∂cross/∂aᵢ to it. Row i writes only
/// the gradient of aᵢ, so the chunks share one gradient. `concurrent: false` runs the chunks
/// one after another, for the tests (same bits).
package func crossKernelSum(
    _ a: SampleColumns, _ b: SampleColumns, kernel: some RadialKernel,
    gradient: GradientColumns? = nil, scale: Double = 1, concurrent: Bool = true
) -> Double {
    precondition(a.dimension == b.dimension, "the two samples must have the same dimension")
    let chunks = RowChunks(rows: a.count) { _ in b.count }
    return chunks.sum(concurrently: concurrent) { chunk in
        var row = KernelRow(longest: b.count, keepsSlopes: gradient != nil)
        var total = 0.0
        for i in chunks[chunk] {
            row.fill(a, i, against: b, from: 0, kernel: kernel)  // the pairs (i, j) for every j
            total += row.sum()
            guard let gradient else { continue }
            for c in 0..<a.dimension {
                gradient[coordinate: c, sample: i] +=
                    2 * scale * row.slopedDifferenceSum(a, i, b, from: 0, coordinate: c)
            }
        }
        return total
    }
}

/// within(a); with a `gradient` of a, also adds scale·∂within/∂aₗ to it. A pair (i, j) adds
/// to the gradients of both aᵢ and aⱼ, and aⱼ may be another chunk's row, so each chunk
/// adds up a whole gradient of its own, and these are added in chunk order at the end.
/// `concurrent` as for `crossKernelSum`.
package func withinKernelSum(
    _ a: SampleColumns, kernel: some RadialKernel,
    gradient: GradientColumns? = nil, scale: Double = 1, concurrent: Bool = true
) -> Double {
    let (n, d) = (a.count, a.dimension)
    let chunks = RowChunks(rows: n) { n - 1 - $0 }
    var chunkGradients = [Double](repeating: 0, count: gradient == nil ? 0 : chunks.count * n * d)
    return chunkGradients.withUnsafeMutableBufferPointer { chunkGradients in
        let total = chunks.sum(concurrently: concurrent) { chunk in
            let own = gradient == nil ? nil : GradientColumns(start: chunkGradients.baseAddress! + chunk * n * d, count: n)
            var row = KernelRow(longest: n, keepsSlopes: gradient != nil)
            var total = 0.0
            for i in chunks[chunk] where i + 1 < n {
                row.fill(a, i, against: a, from: i + 1, kernel: kernel)  // the pairs (i, j) for j > i
                total += row.sum()
                guard let own else { continue }
                for c in 0..<d {
                    own[coordinate: c, sample: i] += 2 * row.slopedDifferenceSum(a, i, a, from: i + 1, coordinate: c)
                    row.subtractSlopedDifferences(2, a, i, a, from: i + 1, coordinate: c, from: own)
                }
            }
            return total
        }
        if let gradient {
            for k in 0..<(n * d) {
                var sum = 0.0
                for chunk in 0..<chunks.count { sum += chunkGradients[chunk * n * d + k] }
                gradient.start[k] += scale * sum
            }
        }
        return total
    }
}
