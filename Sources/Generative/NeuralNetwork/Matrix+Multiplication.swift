import GenerativeKernels

// Matrix products, the whole cost of a neural network.
//
// All three are one register-blocked kernel (`gk_multiply`, in the C target
// GenerativeKernels, built for the baseline, AVX2 and AVX-512 and chosen at run time): a
// transposed operand is the same storage read with its strides swapped, so backpropagation's
// A·Bᵀ and Aᵀ·B cost what A·B does and never form a transpose.
//
// Every element of C is a chain of fused multiply-adds over k in increasing order, starting
// from zero,
//
//     cᵢⱼ = fma(aᵢ,ₘ₋₁, bₘ₋₁,ⱼ, …fma(aᵢ₁, b₁ⱼ, fma(aᵢ₀, b₀ⱼ, 0))…),
//
// one rounding per step (IEEE 754 fma is correctly rounded, so hardware FMA and the C
// library's fma() agree): the bits of the triple loop `Reference.product`, whatever the
// machine's vector width, FMA unit or the kernel's tiling.
// GANBOOK_KERNELS=portable forces the baseline build, and GANBOOK_KERNELS=reference runs
// `Reference.product` itself, to check.

// Each product has an allocating form, for the chapters, and a form that writes into an
// existing matrix, for a training loop that must not allocate (`GANTrainer`); the first is the
// second into a fresh matrix.

/// A·B for an n × m matrix A and an m × p matrix B; reference `Reference.product(a, b)`.
/// - Precondition: `a.columns == b.rows`.
public func matmul(_ a: Matrix, _ b: Matrix) -> Matrix {
    var c = Matrix.zeros(rows: 0, columns: 0)
    multiply(a, b, into: &c)
    return c
}

/// C ← A·B, `matmul` into C's storage (made n × p if it is not).
package func multiply(_ a: Matrix, _ b: Matrix, into c: inout Matrix) {
    precondition(a.columns == b.rows, "matmul needs a.columns == b.rows")
    if KernelBuild.inUse == .reference {
        c = Reference.product(a, b)
        return
    }
    let (n, m, p) = (a.rows, a.columns, b.columns)
    product(n, m, p, a, b, a: (rowStride: m, columnStride: 1), b: (rowStride: p, columnStride: 1), into: &c)
}

/// Aᵀ·B for an m × n matrix A and an m × p matrix B, without forming Aᵀ: element (i, k) of Aᵀ
/// is aₖᵢ. A layer's weight gradient is Xᵀ·δ, the batch of inputs against the batch of output
/// gradients. Reference `Reference.product(a.transposed, b)`.
/// - Precondition: `a.rows == b.rows`.
public func matmulTransposedLeft(_ a: Matrix, _ b: Matrix) -> Matrix {
    var c = Matrix.zeros(rows: 0, columns: 0)
    multiplyTransposedLeft(a, b, into: &c)
    return c
}

/// C ← Aᵀ·B, `matmulTransposedLeft` into C's storage (made n × p if it is not).
package func multiplyTransposedLeft(_ a: Matrix, _ b: Matrix, into c: inout Matrix) {
    precondition(a.rows == b.rows, "Aᵀ·B needs a.rows == b.rows")
    if KernelBuild.inUse == .reference {
        c = Reference.product(a.transposed, b)
        return
    }
    let (m, n, p) = (a.rows, a.columns, b.columns)
    product(n, m, p, a, b, a: (rowStride: 1, columnStride: n), b: (rowStride: p, columnStride: 1), into: &c)
}

/// A·Bᵀ for an n × m matrix A and a p × m matrix B, without forming Bᵀ: element (k, j) of Bᵀ
/// is bⱼₖ. A layer's input gradient is δ·Wᵀ. Reference `Reference.product(a, b.transposed)`.
/// - Precondition: `a.columns == b.columns`.
public func matmulTransposedRight(_ a: Matrix, _ b: Matrix) -> Matrix {
    var c = Matrix.zeros(rows: 0, columns: 0)
    multiplyTransposedRight(a, b, into: &c)
    return c
}

/// C ← A·Bᵀ, `matmulTransposedRight` into C's storage (made n × p if it is not).
package func multiplyTransposedRight(_ a: Matrix, _ b: Matrix, into c: inout Matrix) {
    precondition(a.columns == b.columns, "A·Bᵀ needs a.columns == b.columns")
    if KernelBuild.inUse == .reference {
        c = Reference.product(a, b.transposed)
        return
    }
    let (n, m, p) = (a.rows, a.columns, b.rows)
    product(n, m, p, a, b, a: (rowStride: m, columnStride: 1), b: (rowStride: 1, columnStride: m), into: &c)
}

/// The strides through which a product reads an operand's storage: element (i, k) is
/// `values[i·rowStride + k·columnStride]`, so a transposed matrix is the same storage with
/// its strides swapped.
private typealias Strides = (rowStride: Int, columnStride: Int)

/// C ← the n × p product of the n × m and m × p factors that `a` and `b`'s storage hold, read
/// through the given strides; C is made n × p first if it is not (the one allocation, which a
/// matrix reused with the same shape never makes).
///
/// A product of at least `multiplyAddsPerPiece` multiply-adds is cut into column ranges, at
/// most one per core, computed at the same time by `WorkerPool`: each element of C is still
/// computed by one thread in the same order, so the bits do not depend on the cut (nor on the
/// number of cores). The ranges are whole panels of the widest build, so no panel is split.
private func product(
    _ n: Int, _ m: Int, _ p: Int, _ a: Matrix, _ b: Matrix, a aStrides: Strides, b bStrides: Strides,
    into c: inout Matrix
) {
    c.reshape(rows: n, columns: p)
    guard n > 0, p > 0 else { return }
    guard m > 0 else { return c.withUnsafeMutableElements { $0.update(repeating: 0) } }
    let panelWidth = Int(GK_WIDEST_PANEL)
    let panels = (p + panelWidth - 1) / panelWidth
    let pieces = min(WorkerPool.shared.width, panels, max(1, n * m * p / multiplyAddsPerPiece))
    c.withUnsafeMutableElements { c in
        a.values.withUnsafeBufferPointer { a in
            b.values.withUnsafeBufferPointer { b in
                var work = ProductPieces(
                    a: a.baseAddress!, aStrides: aStrides, b: b.baseAddress!, bStrides: bStrides,
                    n: n, m: m, p: p, c: c.baseAddress!, panels: panels, pieces: pieces)
                // Most products are one piece: called directly, without waking a worker.
                if pieces == 1 { return work.multiply(piece: 0) }
                withUnsafePointer(to: &work) { work in
                    WorkerPool.shared.run(pieces: pieces, context: work) { work, piece in
                        work.assumingMemoryBound(to: ProductPieces.self).pointee.multiply(piece: piece)
                    }
                }
            }
        }
    }
}

/// A product cut into `pieces` column ranges, as the workers see it: piece k computes the
/// columns of panels k·panels/pieces ..< (k + 1)·panels/pieces and writes only those, through
/// its own offset into b's columns and c.
private struct ProductPieces {
    let a: UnsafePointer<Double>, aStrides: Strides
    let b: UnsafePointer<Double>, bStrides: Strides
    let n: Int, m: Int, p: Int
    let c: UnsafeMutablePointer<Double>
    let panels: Int, pieces: Int

    func multiply(piece: Int) {
        let panelWidth = Int(GK_WIDEST_PANEL)
        let first = piece * panels / pieces * panelWidth
        let end = min(p, (piece + 1) * panels / pieces * panelWidth)
        gk_multiply(
            a, aStrides.rowStride, aStrides.columnStride,
            b + first * bStrides.columnStride, bStrides.rowStride, bStrides.columnStride,
            n, m, end - first, c + first, p)
    }
}

/// The least work, in multiply-adds, worth a thread of its own: about 50 µs at the AVX-512
/// kernel's speed, against the microseconds that waking a worker costs.
private let multiplyAddsPerPiece = 1 << 20
