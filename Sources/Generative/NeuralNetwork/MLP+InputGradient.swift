/// Backpropagation to the input only.
///
/// `backward` returns ∂L/∂θ for every parameter *and* ∂L/∂X. When a network is only a
/// channel for a gradient — the discriminator of a GAN during the generator's step, whose
/// parameters stay fixed while ∂L/∂X flows on into the generator — the weight gradients
/// Xᵀ·δ_Z are wasted work: one of the three matrix products of each layer. This pass keeps
/// the other two steps of the chain rule,
///
///     δ_Z = δ_A ⊙ g′(Z),     δ_X = δ_Z·Wᵀ,
///
/// (with each dropout mask applied as in `backward`): `backward`'s own pass
/// (`backpropagate`) with the weight gradients switched off, so the result is
/// `backward(trace, gradOutput:).input` bit for bit.
extension MLP {
    /// ∂L/∂X given ∂L/∂Y for the output Y of the forward pass recorded in `trace`.
    public func inputGradient(_ trace: Trace, gradOutput: Matrix) -> Matrix {
        var pass = Backward()
        backpropagate(trace, gradOutput: gradOutput, into: &pass, parameterGradients: false)
        return pass.gradients.input
    }
}
