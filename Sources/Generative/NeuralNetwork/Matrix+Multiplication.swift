// Matrix products, the whole cost of a neural network.
//
// Each is written as an i-k-j loop: for every row i of the result and every k, add
// aᵢₖ times row k of the right factor to row i of the result,
//
//     Cᵢ,· += aᵢₖ · B_k,·,
//
// so the innermost loop runs along two contiguous rows with a loop-invariant scalar, which
// the compiler vectorises; the textbook i-j-k order would stride down a column of B instead.
// Every element of C is summed over k in increasing order, so results do not depend on
// the machine's vector width and are reproducible bit for bit.
//
// Backpropagation needs the transposed products A·Bᵀ and Aᵀ·B; they have their own
// functions so a caller never writes `.transposed` in a training loop by hand.

/// A·B for an n × m matrix A and an m × p matrix B.
/// - Precondition: `a.columns == b.rows`.
public func matmul(_ a: Matrix, _ b: Matrix) -> Matrix {
    precondition(a.columns == b.rows, "matmul needs a.columns == b.rows")
    let (n, m, p) = (a.rows, a.columns, b.columns)
    guard n > 0, m > 0, p > 0 else { return .zeros(rows: n, columns: p) }
    var c = [Double](repeating: 0, count: n * p)
    a.values.withUnsafeBufferPointer { a in
        b.values.withUnsafeBufferPointer { b in
            c.withUnsafeMutableBufferPointer { c in
                for i in 0..<n {
                    let aRow = a.baseAddress! + i &* m
                    let cRow = c.baseAddress! + i &* p
                    var k = 0
                    while k &+ 4 <= m {
                        axpy4(aRow + k, b.baseAddress! + k &* p, p, cRow, p)
                        k &+= 4
                    }
                    while k < m {
                        axpy(aRow[k], b.baseAddress! + k &* p, cRow, p)
                        k &+= 1
                    }
                }
            }
        }
    }
    return Matrix(rows: n, columns: p, values: c)
}

/// Aᵀ·B for an m × n matrix A and an m × p matrix B, without forming Aᵀ: the k loop runs
/// outside, adding a_ki · B_k,· to row i of the result. A layer's weight gradient is
/// Xᵀ·δ, the batch of inputs against the batch of output gradients.
/// - Precondition: `a.rows == b.rows`.
public func matmulTransposedLeft(_ a: Matrix, _ b: Matrix) -> Matrix {
    precondition(a.rows == b.rows, "Aᵀ·B needs a.rows == b.rows")
    let (m, n, p) = (a.rows, a.columns, b.columns)
    guard m > 0, n > 0, p > 0 else { return .zeros(rows: n, columns: p) }
    var c = [Double](repeating: 0, count: n * p)
    a.values.withUnsafeBufferPointer { a in
        b.values.withUnsafeBufferPointer { b in
            c.withUnsafeMutableBufferPointer { c in
                for k in 0..<m {
                    let bRow = b.baseAddress! + k &* p
                    for i in 0..<n {
                        axpy(a[k &* n &+ i], bRow, c.baseAddress! + i &* p, p)
                    }
                }
            }
        }
    }
    return Matrix(rows: n, columns: p, values: c)
}

/// A·Bᵀ for an n × m matrix A and a p × m matrix B. Each element would be a dot product of
/// two rows, a reduction that strict floating point will not vectorise, so Bᵀ is formed
/// once (p·m copies, against n·m·p multiplications) and the product is the i-k-j `matmul`.
/// A layer's input gradient is δ·Wᵀ.
/// - Precondition: `a.columns == b.columns`.
public func matmulTransposedRight(_ a: Matrix, _ b: Matrix) -> Matrix {
    precondition(a.columns == b.columns, "A·Bᵀ needs a.columns == b.columns")
    return matmul(a, b.transposed)
}

/// y ← y + α·x over `count` contiguous elements (the BLAS `daxpy`), the inner loop of every
/// product. It works on raw pointers, with no index arithmetic that could trap on
/// overflow, so the loop is a plain multiply-add stream that the compiler vectorises.
@inline(__always)
private func axpy(
    _ alpha: Double, _ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, _ count: Int
) {
    for j in 0..<count { y[j] += alpha * x[j] }
}

/// y ← (((y + α₀x₀) + α₁x₁) + α₂x₂) + α₃x₃ for four rows xₖ = x + k·stride: four `axpy`
/// calls fused so that y is loaded and stored once instead of four times. The additions
/// keep their order, so the result is bit for bit that of the four separate calls.
@inline(__always)
private func axpy4(
    _ alpha: UnsafePointer<Double>, _ x: UnsafePointer<Double>, _ stride: Int,
    _ y: UnsafeMutablePointer<Double>, _ count: Int
) {
    let (a0, a1, a2, a3) = (alpha[0], alpha[1], alpha[2], alpha[3])
    let (x1, x2, x3) = (x + stride, x + 2 &* stride, x + 3 &* stride)
    for j in 0..<count {
        y[j] = (((y[j] + a0 * x[j]) + a1 * x1[j]) + a2 * x2[j]) + a3 * x3[j]
    }
}
