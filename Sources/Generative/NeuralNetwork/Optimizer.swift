/// A first-order optimiser: given the gradients of a loss with respect to a list of
/// parameter matrices, it moves the parameters a step downhill, keeping whatever state
/// (velocities, moment estimates) it needs per matrix.
///
/// Parameters and gradients are matched by position, as `MLP.parameters` and
/// `MLP.Gradients.parameters` are, so one optimiser serves any network. Its state is
/// created on the first step, shaped like the parameters it sees then; an optimiser
/// belongs to one list of parameters for its whole life.
///
/// Both optimisers take an optional L2 weight decay λ, added to the gradient as
/// g ← g + λθ (the gradient of (λ/2)‖θ‖²), applied to biases as well as weights.
public protocol Optimizer {
    mutating func step(parameters: inout [Matrix], gradients: [Matrix])
}

extension Optimizer {
    /// Checks that gradients match the parameters one for one, in shape.
    func checkShapes(_ parameters: [Matrix], _ gradients: [Matrix]) {
        precondition(parameters.count == gradients.count, "one gradient per parameter")
        for (p, g) in zip(parameters, gradients) {
            precondition(p.rows == g.rows && p.columns == g.columns, "a gradient's shape differs from its parameter's")
        }
    }
}
