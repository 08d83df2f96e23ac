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
/// (with each dropout mask applied as in `backward`), in the same order and with the same
/// functions, so the result is `backward(trace, gradOutput:).input` bit for bit.
extension MLP {
    /// ∂L/∂X given ∂L/∂Y for the output Y of the forward pass recorded in `trace`.
    public func inputGradient(_ trace: Trace, gradOutput: Matrix) -> Matrix {
        var delta = gradOutput
        for index in stride(from: layerCount - 1, through: 0, by: -1) {
            if let m = trace.masks[index] { delta = Matrix.hadamard(delta, m) }
            let layerTrace = trace.layers[index]
            let deltaZ = activations[index].backward(
                gradOutput: delta, preActivation: layerTrace.preActivation, output: layerTrace.output)
            delta = matmulTransposedRight(deltaZ, parameters[2 * index])
        }
        return delta
    }
}
