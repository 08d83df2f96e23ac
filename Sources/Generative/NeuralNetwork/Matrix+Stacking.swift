extension Matrix {
    /// The rows of `top` followed by the rows of `bottom`, in one allocation: a pooled sample
    /// (x₁, …, x_m, y₁, …, y_n), or a discriminator's batch of real rows above generated ones,
    /// so that a network sees both in one forward pass.
    /// - Precondition: the same number of columns.
    public init(stacking top: Matrix, _ bottom: Matrix) {
        precondition(top.columns == bottom.columns, "stacked matrices need the same number of columns")
        var values: [Double] = []
        values.reserveCapacity(top.values.count + bottom.values.count)
        values.append(contentsOf: top.values)
        values.append(contentsOf: bottom.values)
        self.init(rows: top.rows + bottom.rows, columns: top.columns, values: values)
    }
}
