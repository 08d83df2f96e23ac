/// One row of the table of kernel values of a pairwise sum: for a sample aᵢ and the samples
/// bⱼ, j = first ..< b.count, the values κ(r²ᵢⱼ) and, if the row keeps them, the slopes
/// κ′(r²ᵢⱼ), where r²ᵢⱼ = ‖aᵢ − bⱼ‖². The sums fill one row at a time and never store the
/// table; each thread has a row of its own.
struct KernelRow {
    /// r²ᵢⱼ, then κ(r²ᵢⱼ), for the row's pairs.
    private var values: [Double]
    /// κ′(r²ᵢⱼ) for the row's pairs; empty when the row keeps no slopes.
    private var slopes: [Double]
    /// The pairs in the row.
    private(set) var count = 0

    /// A row for at most `longest` pairs.
    init(longest: Int, keepsSlopes: Bool) {
        values = [Double](repeating: 0, count: longest)
        slopes = [Double](repeating: 0, count: keepsSlopes ? longest : 0)
    }

    /// Fills the row with the pairs (aᵢ, bⱼ), j = first ..< b.count: the squared distances
    /// r²ⱼ = Σ_c (a_ci − b_cj)², one coordinate at a time (each an elementwise pass, which
    /// vectorises), then the kernel's values (and slopes) of the whole row in one call.
    mutating func fill(
        _ a: SampleColumns, _ i: Int, against b: SampleColumns, from first: Int, kernel: some RadialKernel
    ) {
        let count = b.count - first
        self.count = count
        values.withUnsafeMutableBufferPointer { values in
            let r2 = values.baseAddress!
            a.coordinates.withUnsafeBufferPointer { aCoordinates in
                b.coordinates.withUnsafeBufferPointer { bCoordinates in
                    for c in 0..<a.dimension {
                        let aci = aCoordinates[c &* a.count &+ i]
                        let bc = bCoordinates.baseAddress! + (c &* b.count &+ first)
                        if c == 0 {
                            for j in 0..<count {
                                let t = aci - bc[j]
                                r2[j] = t * t
                            }
                        } else {
                            for j in 0..<count {
                                let t = aci - bc[j]
                                r2[j] += t * t
                            }
                        }
                    }
                }
            }
            let row = UnsafeMutableBufferPointer(rebasing: values[0..<count])
            if slopes.isEmpty {
                kernel.values(overwriting: row)
            } else {
                slopes.withUnsafeMutableBufferPointer { kernel.valuesAndSlopes(overwriting: row, slopes: $0) }
            }
        }
    }

    /// Σⱼ κ(r²ⱼ), in the four-lane order of `groupedSum`.
    func sum() -> Double {
        values.withUnsafeBufferPointer { groupedSum($0.baseAddress!, count) }
    }

    /// Σⱼ κ′(r²ᵢⱼ)·(a_ci − b_cj) over the row's pairs, for the row's aᵢ and bⱼ and one
    /// coordinate c: the row's share of ∂/∂a_ci, up to the factor 2 of
    /// ∇ₓ k(x, y) = 2κ′(‖x − y‖²)(x − y). Summed in the lane order of `groupedSum`.
    func slopedDifferenceSum(
        _ a: SampleColumns, _ i: Int, _ b: SampleColumns, from first: Int, coordinate c: Int
    ) -> Double {
        let aci = a.coordinates[c &* a.count &+ i]
        return slopes.withUnsafeBufferPointer { slopes in
            b.coordinates.withUnsafeBufferPointer { bCoordinates in
                let (s, bc) = (slopes.baseAddress!, bCoordinates.baseAddress! + (c &* b.count &+ first))
                var lanes = SIMD4<Double>()
                let av = SIMD4<Double>(repeating: aci)
                let whole = count & ~3
                var j = 0
                while j < whole {
                    lanes += loadGroup(s + j) * (av - loadGroup(bc + j))
                    j &+= 4
                }
                var sum = (lanes[0] + lanes[1]) + (lanes[2] + lanes[3])
                while j < count {
                    sum += s[j] * (aci - bc[j])
                    j &+= 1
                }
                return sum
            }
        }
    }

    /// ∂/∂b_cj ← ∂/∂b_cj − factor·κ′(r²ᵢⱼ)·(a_ci − b_cj) over the row's pairs: the other end
    /// bⱼ of each pair, in a sum over the pairs of one sample set (`gradient` is b's).
    func subtractSlopedDifferences(
        _ factor: Double, _ a: SampleColumns, _ i: Int, _ b: SampleColumns, from first: Int, coordinate c: Int,
        from gradient: GradientColumns
    ) {
        let aci = a.coordinates[c &* a.count &+ i]
        let g = gradient.coordinate(c, from: first)
        slopes.withUnsafeBufferPointer { s in
            b.coordinates.withUnsafeBufferPointer { bCoordinates in
                let bc = bCoordinates.baseAddress! + (c &* b.count &+ first)
                for j in 0..<count { g[j] -= factor * (s[j] * (aci - bc[j])) }
            }
        }
    }
}
