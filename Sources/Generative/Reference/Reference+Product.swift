extension Reference {
    /// C = A·B by the textbook loops, every element a chain of fused multiply-adds over k in
    /// increasing order from zero, one rounding per step (`addingProduct`, IEEE 754 fma):
    ///
    ///     cᵢⱼ = fma(aᵢ,ₘ₋₁, bₘ₋₁,ⱼ, …fma(aᵢ₁, b₁ⱼ, fma(aᵢ₀, b₀ⱼ, 0))…),
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
                for j in 0..<p { c[i * p + j].addProduct(aik, b[k * p + j]) }
            }
        }
        return Matrix(rows: n, columns: p, values: c)
    }
}
