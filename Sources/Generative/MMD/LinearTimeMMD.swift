/// The linear-time estimate of MMD² (Gretton et al. 2012, JMLR 13, Lemma 14): with m₂ = ⌊m/2⌋
/// disjoint pairs of consecutive samples,
///
///     MMD²_l = 1/m₂ Σᵢ h((x₂ᵢ₋₁, y₂ᵢ₋₁), (x₂ᵢ, y₂ᵢ)),
///     h((x, y), (x′, y′)) = k(x, x′) + k(y, y′) − k(x, y′) − k(x′, y),
///
/// counting i from 1 as the paper does (rows 0 and 1, 2 and 3, … here). Each h has expectation
/// MMD²(P, Q), so MMD²_l is unbiased, like MMD²_u; but it averages only m₂ independent terms
/// instead of using all m² pairs, so its variance is larger: of order 1/m always, where the
/// quadratic estimators' is of order 1/m under the alternative but 1/m² under the null
/// (P = Q); in exchange it costs 4m₂ kernel evaluations instead of about 2m². It
/// suits streams of data and very large samples; an odd last sample is not used.
/// - Precondition: `x` and `y` have the same shape, at least two rows and one column.
public func linearTimeMMDSquared(_ x: Matrix, _ y: Matrix, kernel: some RadialKernel) -> Double {
    precondition(x.rows == y.rows && x.columns == y.columns, "the linear-time MMD² needs samples of the same shape")
    precondition(x.rows >= 2 && x.columns >= 1, "the linear-time MMD² needs at least two samples on each side")
    let (pairs, d) = (x.rows / 2, x.columns)
    var total = 0.0
    x.values.withUnsafeBufferPointer { x in
        y.values.withUnsafeBufferPointer { y in
            /// k between row i of u and row j of v.
            func k(_ u: UnsafeBufferPointer<Double>, _ i: Int, _ v: UnsafeBufferPointer<Double>, _ j: Int) -> Double {
                var r2 = 0.0
                for c in 0..<d {
                    let t = u[i * d + c] - v[j * d + c]
                    r2 += t * t
                }
                return kernel.value(squaredDistance: r2)
            }
            for p in 0..<pairs {
                let (i, j) = (2 * p, 2 * p + 1)
                total += k(x, i, x, j) + k(y, i, y, j) - k(x, i, y, j) - k(x, j, y, i)
            }
        }
    }
    return total / Double(pairs)
}

/// The linear-time MMD² for samples on the line.
public func linearTimeMMDSquared(_ x: [Double], _ y: [Double], kernel: some RadialKernel) -> Double {
    linearTimeMMDSquared(.column(x), .column(y), kernel: kernel)
}
