extension Reference {
    /// C = A·B by the textbook loops, every element the sum over k in increasing order from
    /// zero, each product rounded before it is added:
    ///
    ///     cᵢⱼ = (…((0 + aᵢ₀b₀ⱼ) + aᵢ₁b₁ⱼ) + …) + aᵢ,ₘ₋₁bₘ₋₁,ⱼ,
    ///
    /// the definition `matmul` and its transposed forms compute, bit for bit. The loop over k
    /// stands outside the loop over j (row i of C gathers aᵢₖ times row k of B, for k = 0, 1,
    /// …), which leaves each element's sum and its order as they are but reads B row by row.
    /// - Precondition: `a.columns == b.rows`.
    package static func product(_ a: Matrix, _ b: Matrix) -> Matrix {
        precondition(a.columns == b.rows, "A·B needs a.columns == b.rows")
        let (n, m, p) = (a.rows, a.columns, b.columns)
        let (a, b) = (a.values, b.values)
        var c = [Double](repeating: 0, count: n * p)
        for i in 0..<n {
            for k in 0..<m {
                let aik = a[i * m + k]
                for j in 0..<p { c[i * p + j] += aik * b[k * p + j] }
            }
        }
        return Matrix(rows: n, columns: p, values: c)
    }
}
