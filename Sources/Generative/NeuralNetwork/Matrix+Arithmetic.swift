/// Elementwise arithmetic and the reductions that bias gradients need.
///
/// Every operation is a single loop over the contiguous storage of equally shaped matrices;
/// shapes are checked with a precondition, never broadcast silently. The one broadcast the
/// layers need, adding a bias row to every row of a batch, is the explicit `addingToEachRow`.
extension Matrix {
    /// A + B.
    public static func + (a: Matrix, b: Matrix) -> Matrix {
        a.combined(with: b, +)
    }

    /// A − B.
    public static func - (a: Matrix, b: Matrix) -> Matrix {
        a.combined(with: b, -)
    }

    /// s·A.
    public static func * (s: Double, a: Matrix) -> Matrix {
        a.map { s * $0 }
    }

    /// A ⊙ B, the Hadamard (elementwise) product.
    public static func hadamard(_ a: Matrix, _ b: Matrix) -> Matrix {
        a.combined(with: b, *)
    }

    /// f(Aᵢⱼ, Bᵢⱼ) for every element.
    /// - Precondition: A and B have the same shape.
    public func combined(with other: Matrix, _ f: (Double, Double) -> Double) -> Matrix {
        var result = Matrix.zeros(rows: 0, columns: 0)
        combined(with: other, into: &result, f)
        return result
    }

    /// C ← f(A, B), `combined(with:_:)` into C's storage (made the shape of A if it is not).
    func combined(with other: Matrix, into result: inout Matrix, _ f: (Double, Double) -> Double) {
        precondition(rows == other.rows && columns == other.columns, "matrix shapes differ")
        result.reshape(rows: rows, columns: columns)
        result.withUnsafeMutableElements { r in
            values.withUnsafeBufferPointer { a in
                other.values.withUnsafeBufferPointer { b in
                    for i in r.indices { r[i] = f(a[i], b[i]) }
                }
            }
        }
    }

    /// Aᵢⱼ + bⱼ: the 1 × columns row `row` added to every row, as a layer adds its bias.
    /// - Precondition: `row` is 1 × `columns`.
    public func addingToEachRow(_ row: Matrix) -> Matrix {
        var result = self
        result.addToEachRow(row)
        return result
    }

    /// Aᵢⱼ ← Aᵢⱼ + bⱼ in place: `addingToEachRow` without a copy, for a layer's freshly
    /// computed X·W, which nothing else holds (a copy would be a whole batch's worth of
    /// allocation and page faults in every forward pass).
    /// - Precondition: `row` is 1 × `columns`.
    mutating func addToEachRow(_ row: Matrix) {
        precondition(row.rows == 1 && row.columns == columns, "the row must be 1 × columns")
        let (m, n) = (rows, columns)
        withUnsafeMutableElements { r in
            row.values.withUnsafeBufferPointer { b in
                // The inner loop runs along a row's pointer, free of overflow-checked index
                // arithmetic, so the compiler vectorises it across the columns.
                guard var target = r.baseAddress, let b = b.baseAddress else { return }
                for _ in 0..<m {
                    for j in 0..<n { target[j] += b[j] }
                    target += n
                }
            }
        }
    }

    /// Aᵢⱼ ← Aᵢⱼ + bⱼ and Cᵢⱼ ← f(Aᵢⱼ + bⱼ) in one pass: `addToEachRow` and `map(into:_:)`
    /// together, for a layer's Z = X·W + b and A = g(Z), so that Z is read once rather than
    /// twice (C is made the shape of A if it is not).
    /// - Precondition: `row` is 1 × `columns`.
    mutating func addToEachRow(_ row: Matrix, thenMap transform: (Double) -> Double, into result: inout Matrix) {
        precondition(row.rows == 1 && row.columns == columns, "the row must be 1 × columns")
        result.reshape(rows: rows, columns: columns)
        let (m, n) = (rows, columns)
        withUnsafeMutableElements { z in
            result.withUnsafeMutableElements { a in
                row.values.withUnsafeBufferPointer { b in
                    // Row by row, along the rows' pointers, in two loops over the row while it
                    // is in the L1 cache: one loop storing to both Z and C would stay scalar,
                    // since the compiler cannot rule out that they overlap; each of these
                    // vectorises (the second for a g without a library call).
                    guard var z = z.baseAddress, var a = a.baseAddress, let b = b.baseAddress else { return }
                    for _ in 0..<m {
                        for j in 0..<n { z[j] += b[j] }
                        for j in 0..<n { a[j] = transform(z[j]) }
                        z += n
                        a += n
                    }
                }
            }
        }
    }

    /// The 1 × columns row of column sums Σᵢ Aᵢⱼ: a bias gradient, since a bias is added
    /// to every example of the batch and so collects the gradient of every example.
    public func columnSums() -> Matrix {
        var sums = Matrix.zeros(rows: 0, columns: 0)
        columnSums(into: &sums)
        return sums
    }

    /// `columnSums()` into the storage of `sums` (made 1 × columns if it is not).
    func columnSums(into sums: inout Matrix) {
        sums.reshape(rows: 1, columns: columns)
        let n = columns
        let m = rows
        sums.withUnsafeMutableElements { s in
            values.withUnsafeBufferPointer { a in
                guard let s = s.baseAddress, let a = a.baseAddress else { return }
                // Each column summed in row order from zero, in registers: eight columns at a
                // time down the rows (a vector add is eight independent additions, so every
                // column keeps its order), then the columns left one at a time.
                var j = 0
                while j + 8 <= n {
                    var sum = SIMD8<Double>()
                    var element = UnsafeRawPointer(a + j)
                    for _ in 0..<m {
                        sum += element.loadUnaligned(as: SIMD8<Double>.self)
                        element += n * MemoryLayout<Double>.stride
                    }
                    UnsafeMutableRawPointer(s + j).storeBytes(of: sum, as: SIMD8<Double>.self)
                    j += 8
                }
                for column in j..<n {
                    var sum = 0.0
                    var element = a + column
                    for _ in 0..<m {
                        sum += element.pointee
                        element += n
                    }
                    s[column] = sum
                }
            }
        }
    }

    /// The rows × 1 column of row sums Σⱼ Aᵢⱼ.
    public func rowSums() -> Matrix {
        var sums = [Double](repeating: 0, count: rows)
        let n = columns
        values.withUnsafeBufferPointer { a in
            for i in 0..<rows {
                var s = 0.0
                for j in 0..<n { s += a[i * n + j] }
                sums[i] = s
            }
        }
        return Matrix(rows: rows, columns: 1, values: sums)
    }
}
