import Foundation
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

/// A·B for an n × m matrix A and an m × p matrix B; reference `Reference.product(a, b)`.
/// - Precondition: `a.columns == b.rows`.
public func matmul(_ a: Matrix, _ b: Matrix) -> Matrix {
    precondition(a.columns == b.rows, "matmul needs a.columns == b.rows")
    if KernelBuild.inUse == .reference { return Reference.product(a, b) }
    let (n, m, p) = (a.rows, a.columns, b.columns)
    return product(n, m, p, a, b, a: (rowStride: m, columnStride: 1), b: (rowStride: p, columnStride: 1))
}

/// Aᵀ·B for an m × n matrix A and an m × p matrix B, without forming Aᵀ: element (i, k) of Aᵀ
/// is aₖᵢ. A layer's weight gradient is Xᵀ·δ, the batch of inputs against the batch of output
/// gradients. Reference `Reference.product(a.transposed, b)`.
/// - Precondition: `a.rows == b.rows`.
public func matmulTransposedLeft(_ a: Matrix, _ b: Matrix) -> Matrix {
    precondition(a.rows == b.rows, "Aᵀ·B needs a.rows == b.rows")
    if KernelBuild.inUse == .reference { return Reference.product(a.transposed, b) }
    let (m, n, p) = (a.rows, a.columns, b.columns)
    return product(n, m, p, a, b, a: (rowStride: 1, columnStride: n), b: (rowStride: p, columnStride: 1))
}

/// A·Bᵀ for an n × m matrix A and a p × m matrix B, without forming Bᵀ: element (k, j) of Bᵀ
/// is bⱼₖ. A layer's input gradient is δ·Wᵀ. Reference `Reference.product(a, b.transposed)`.
/// - Precondition: `a.columns == b.columns`.
public func matmulTransposedRight(_ a: Matrix, _ b: Matrix) -> Matrix {
    precondition(a.columns == b.columns, "A·Bᵀ needs a.columns == b.columns")
    if KernelBuild.inUse == .reference { return Reference.product(a, b.transposed) }
    let (n, m, p) = (a.rows, a.columns, b.rows)
    return product(n, m, p, a, b, a: (rowStride: m, columnStride: 1), b: (rowStride: 1, columnStride: m))
}

/// The strides through which a product reads an operand's storage: element (i, k) is
/// `values[i·rowStride + k·columnStride]`, so a transposed matrix is the same storage with
/// its strides swapped.
private typealias Strides = (rowStride: Int, columnStride: Int)

/// The n × p product of the n × m and m × p factors that `a` and `b`'s storage hold, read
/// through the given strides.
///
/// A product of at least `multiplyAddsPerPiece` multiply-adds is cut into column ranges, at
/// most one per core, computed at the same time: each element of C is still computed by one
/// thread in the same order, so the bits do not depend on the cut (nor on the number of
/// cores). The ranges are whole panels of the widest build, so no panel is split.
private func product(_ n: Int, _ m: Int, _ p: Int, _ a: Matrix, _ b: Matrix, a aStrides: Strides, b bStrides: Strides)
    -> Matrix
{
    guard n > 0, m > 0, p > 0 else { return .zeros(rows: n, columns: p) }
    let panelWidth = Int(GK_WIDEST_PANEL)
    let panels = (p + panelWidth - 1) / panelWidth
    let pieces = min(activeCores, panels, max(1, n * m * p / multiplyAddsPerPiece))
    let c = [Double](unsafeUninitializedCapacity: n * p) { c, count in
        a.values.withUnsafeBufferPointer { a in
            b.values.withUnsafeBufferPointer { b in
                // Piece k computes the columns of panels k·panels/pieces ..< (k + 1)·panels/pieces
                // and writes only those, through its own offset into b's columns and c.
                func multiply(piece: Int) {
                    let first = piece * panels / pieces * panelWidth
                    let end = min(p, (piece + 1) * panels / pieces * panelWidth)
                    gk_multiply(
                        a.baseAddress!, aStrides.rowStride, aStrides.columnStride,
                        b.baseAddress! + first * bStrides.columnStride, bStrides.rowStride, bStrides.columnStride,
                        n, m, end - first, c.baseAddress! + first, p)
                }
                // Most products are one piece: called directly, without concurrentMap's arrays.
                if pieces == 1 { multiply(piece: 0) } else { _ = (0..<pieces).concurrentMap(multiply) }
            }
        }
        count = n * p
    }
    return Matrix(rows: n, columns: p, values: c)
}

/// The least work, in multiply-adds, worth a thread of its own: about 50 µs at the AVX-512
/// kernel's speed, against the tens of microseconds that starting threads costs.
private let multiplyAddsPerPiece = 1 << 20

/// The processor cores this process may use.
private let activeCores = ProcessInfo.processInfo.activeProcessorCount
