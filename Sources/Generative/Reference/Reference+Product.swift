extension Reference {
    /// C = A·B by the textbook triple loop,
    ///
    ///     cᵢⱼ = (…((0 + aᵢ₀b₀ⱼ) + aᵢ₁b₁ⱼ) + …) + aᵢ,ₘ₋₁bₘ₋₁,ⱼ,
    ///
    /// summing over k in increasing order from zero, each product rounded before it is
    /// added: the definition `matmul` and its transposed forms compute, bit for bit.
    /// - Precondition: `a.columns == b.rows`.
    static func product(_ a: Matrix, _ b: Matrix) -> Matrix {
        precondition(a.columns == b.rows, "A·B needs a.columns == b.rows")
        var c = Matrix.zeros(rows: a.rows, columns: b.columns)
        for i in 0..<a.rows {
            for j in 0..<b.columns {
                var sum = 0.0
                for k in 0..<a.columns { sum += a[i, k] * b[k, j] }
                c[i, j] = sum
            }
        }
        return c
    }
}
