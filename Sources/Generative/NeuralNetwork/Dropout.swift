/// Inverted dropout (Srivastava et al., "Dropout: a simple way to prevent neural networks
/// from overfitting", JMLR 15, 2014): during training each activation is kept with
/// probability 1 − p and scaled by 1/(1 − p), or set to zero,
///
///     ã = a ⊙ m,    mᵢⱼ = 1/(1 − p) with probability 1 − p, else 0,
///
/// so E[ã] = a and evaluation needs no rescaling: there dropout is simply off. The mask m
/// is kept in the trace and the backward pass multiplies by the same mask, δ_a = δ_ã ⊙ m.
///
/// The mask is drawn from a generator the caller passes in, one uniform per element, so a
/// training run stays reproducible from its seeds; a separate stream for dropout keeps the
/// masks from disturbing the random numbers that pick minibatches or draw noise.
public struct Dropout: Equatable, Sendable {
    /// p, the probability of dropping an activation, in [0, 1).
    public let rate: Double

    /// - Precondition: 0 ≤ `rate` < 1.
    public init(rate: Double) {
        precondition(rate >= 0 && rate < 1, "a dropout rate must lie in [0, 1)")
        self.rate = rate
    }

    /// A rows × columns mask of 0 and 1/(1 − p); element (i, j) is kept when the
    /// (i·columns + j)-th uniform is at least p.
    public func mask(
        rows: Int, columns: Int, using generator: inout some RandomNumberGenerator
    ) -> Matrix {
        var mask = Matrix.zeros(rows: rows, columns: columns)
        drawMask(into: &mask, using: &generator)
        return mask
    }

    /// A fresh mask the shape of `mask`, drawn into its storage as `mask(rows:columns:using:)` draws it.
    func drawMask(into mask: inout Matrix, using generator: inout some RandomNumberGenerator) {
        let (rate, scale) = (rate, 1 / (1 - rate))
        // The draws come from a local copy of the generator, written back after, so that its
        // state stays in registers instead of being stored to `generator` after every draw.
        var draws = generator
        defer { generator = draws }
        mask.withUnsafeMutableElements { m in
            for i in m.indices { m[i] = draws.nextUniform() < rate ? 0 : scale }
        }
    }
}
