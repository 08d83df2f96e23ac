extension Matrix {
    /// The rows of `top` followed by the rows of `bottom`, in one allocation: a pooled sample
    /// (x₁, …, x_m, y₁, …, y_n), or a discriminator's batch of real rows above generated ones,
    /// so that a network sees both in one forward pass.
    /// - Precondition: the same number of columns.
    public init(stacking top: Matrix, _ bottom: Matrix) {
        self = .empty
        Matrix.stack(top, bottom, into: &self)
    }

    /// `Matrix(stacking: top, bottom)` into the storage of `result` (made the stacked shape if
    /// it is not).
    static func stack(_ top: Matrix, _ bottom: Matrix, into result: inout Matrix) {
        precondition(top.columns == bottom.columns, "stacked matrices need the same number of columns")
        result.reshape(rows: top.rows + bottom.rows, columns: top.columns)
        result.withUnsafeMutableElements { r in
            top.values.withUnsafeBufferPointer { t in
                bottom.values.withUnsafeBufferPointer { b in
                    _ = r.update(fromContentsOf: t)
                    _ = UnsafeMutableBufferPointer(rebasing: r[t.count...]).update(fromContentsOf: b)
                }
            }
        }
    }
}
