// Matrix products, the whole cost of a neural network.
//
// All three are one register-blocked kernel (`multiply`, in MatrixProductKernel.swift): a
// transposed operand is the same storage read with its strides swapped, so backpropagation's
// A·Bᵀ and Aᵀ·B cost what A·B does and never form a transpose.
//
// Every element of C is a sum over k in increasing order, starting from zero,
//
//     cᵢⱼ = (…((0 + aᵢ₀b₀ⱼ) + aᵢ₁b₁ⱼ) + …) + aᵢ,ₘ₋₁bₘ₋₁,ⱼ,
//
// each product rounded before it is added (no fused multiply-add), so results do not depend
// on the machine's vector width or on how the kernel tiles C, and are reproducible bit for bit.

/// A·B for an n × m matrix A and an m × p matrix B.
/// - Precondition: `a.columns == b.rows`.
public func matmul(_ a: Matrix, _ b: Matrix) -> Matrix {
    precondition(a.columns == b.rows, "matmul needs a.columns == b.rows")
    let (n, m, p) = (a.rows, a.columns, b.columns)
    return product(n, m, p, a, b) { a, b in
        (StridedMatrix(a, rowStride: m, columnStride: 1), StridedMatrix(b, rowStride: p, columnStride: 1))
    }
}

/// Aᵀ·B for an m × n matrix A and an m × p matrix B, without forming Aᵀ: element (i, k) of Aᵀ
/// is aₖᵢ. A layer's weight gradient is Xᵀ·δ, the batch of inputs against the batch of output
/// gradients.
/// - Precondition: `a.rows == b.rows`.
public func matmulTransposedLeft(_ a: Matrix, _ b: Matrix) -> Matrix {
    precondition(a.rows == b.rows, "Aᵀ·B needs a.rows == b.rows")
    let (m, n, p) = (a.rows, a.columns, b.columns)
    return product(n, m, p, a, b) { a, b in
        (StridedMatrix(a, rowStride: 1, columnStride: n), StridedMatrix(b, rowStride: p, columnStride: 1))
    }
}

/// A·Bᵀ for an n × m matrix A and a p × m matrix B, without forming Bᵀ: element (k, j) of Bᵀ
/// is bⱼₖ. A layer's input gradient is δ·Wᵀ.
/// - Precondition: `a.columns == b.columns`.
public func matmulTransposedRight(_ a: Matrix, _ b: Matrix) -> Matrix {
    precondition(a.columns == b.columns, "A·Bᵀ needs a.columns == b.columns")
    let (n, m, p) = (a.rows, a.columns, b.rows)
    return product(n, m, p, a, b) { a, b in
        (StridedMatrix(a, rowStride: m, columnStride: 1), StridedMatrix(b, rowStride: 1, columnStride: m))
    }
}

/// The n × p product of two operands that `operands` views, from their storage, as the n × m
/// and m × p factors.
@inline(__always)
private func product(
    _ n: Int, _ m: Int, _ p: Int, _ a: Matrix, _ b: Matrix,
    _ operands: (UnsafePointer<Double>, UnsafePointer<Double>) -> (StridedMatrix, StridedMatrix)
) -> Matrix {
    guard n > 0, m > 0, p > 0 else { return .zeros(rows: n, columns: p) }
    let c = [Double](unsafeUninitializedCapacity: n * p) { c, count in
        a.values.withUnsafeBufferPointer { a in
            b.values.withUnsafeBufferPointer { b in
                let (a, b) = operands(a.baseAddress!, b.baseAddress!)
                multiply(a, b, n: n, m: m, p: p, into: c.baseAddress!)
            }
        }
        count = n * p
    }
    return Matrix(rows: n, columns: p, values: c)
}
