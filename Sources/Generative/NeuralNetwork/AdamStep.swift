#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif
import GenerativeKernels

/// The constants of Adam's step t: η, β₁, β₂, ε, λ and the bias corrections
/// c₁ = 1/(1 − β₁ᵗ) and c₂ = 1/(1 − β₂ᵗ), computed once for every parameter matrix.
package struct AdamStep {
    package let learningRate, beta1, beta2, epsilon, weightDecay: Double
    package let correction1, correction2: Double

    package init(_ adam: Adam, t: Int) {
        (learningRate, beta1, beta2, epsilon, weightDecay) =
            (adam.learningRate, adam.beta1, adam.beta2, adam.epsilon, adam.weightDecay)
        correction1 = 1 / (1 - pow(beta1, Double(t)))
        correction2 = 1 / (1 - pow(beta2, Double(t)))
    }

    /// The step on one parameter matrix θ with moments m and v and gradient g: the loop of
    /// `Reference.adamStep`, run by the kernel `gk_adam_step` in vector registers, which
    /// gives its bits (square root and division are correctly rounded, so eight at once give
    /// the bits of eight one at a time). GANBOOK_KERNELS=reference runs the loop itself.
    package func update(_ theta: inout Matrix, m: inout Matrix, v: inout Matrix, gradient g: Matrix) {
        if KernelBuild.inUse == .reference {
            Reference.adamStep(self, theta: &theta, m: &m, v: &v, g: g)
            return
        }
        let count = theta.rows * theta.columns
        let pieces = min(WorkerPool.shared.width, max(1, count / Self.elementsPerPiece))
        theta.withUnsafeMutableElements { theta in
            m.withUnsafeMutableElements { m in
                v.withUnsafeMutableElements { v in
                    g.values.withUnsafeBufferPointer { g in
                        let work = AdamPieces(
                            constants: kernelConstants, theta: theta.baseAddress!, m: m.baseAddress!,
                            v: v.baseAddress!, g: g.baseAddress!, count: count, pieces: pieces)
                        // A small matrix is one piece, run here without waking a worker.
                        if pieces == 1 { return work.update(piece: 0) }
                        withUnsafePointer(to: work) { work in
                            WorkerPool.shared.run(pieces: pieces, context: work) { work, piece in
                                work.assumingMemoryBound(to: AdamPieces.self).pointee.update(piece: piece)
                            }
                        }
                    }
                }
            }
        }
    }

    /// The fewest parameters worth a thread of their own: some 10 µs of the vector kernel's
    /// divisions and square roots, against the microsecond or so of handing them over.
    private static let elementsPerPiece = 8_192

    /// The constants as the kernel takes them.
    package var kernelConstants: gk_adam_constants {
        gk_adam_constants(
            learning_rate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon,
            weight_decay: weightDecay, correction1: correction1, correction2: correction2)
    }
}

/// One step of Adam cut into `pieces` ranges of elements, as the workers see it: piece k
/// updates elements k·count/pieces ..< (k + 1)·count/pieces and nothing else. Each element's
/// update reads and writes that element alone, so the bits do not depend on the cut.
private struct AdamPieces {
    let constants: gk_adam_constants
    let theta, m, v: UnsafeMutablePointer<Double>
    let g: UnsafePointer<Double>
    let count, pieces: Int

    func update(piece: Int) {
        let first = piece * count / pieces
        let end = (piece + 1) * count / pieces
        var constants = constants
        gk_adam_step(&constants, theta + first, m + first, v + first, g + first, end - first)
    }
}
