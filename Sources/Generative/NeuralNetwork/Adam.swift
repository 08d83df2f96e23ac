/// Adam (Kingma & Ba, "Adam: a method for stochastic optimization", ICLR 2015):
///
///     m ← β₁·m + (1 − β₁)·g,        v ← β₂·v + (1 − β₂)·g²,
///     m̂ = m/(1 − β₁ᵗ),   v̂ = v/(1 − β₂ᵗ),   θ ← θ − η·m̂/(√v̂ + ε),
///
/// at step t = 1, 2, …, with m = v = 0 before the first step. Dividing by √v̂ gives each
/// parameter its own step size, about η whatever the scale of its gradient, which is why
/// one learning rate works across layers. m and v start at zero, so early on they are
/// biased towards zero by exactly the factors 1 − βᵗ that the corrections divide out.
/// Weight decay, if any, is the classic L2 form added to g (not AdamW's decoupled decay).
public struct Adam: Optimizer, Sendable {
    /// η.
    public var learningRate: Double
    /// β₁, the decay of the first-moment (mean) estimate.
    public var beta1: Double
    /// β₂, the decay of the second-moment estimate.
    public var beta2: Double
    /// ε, keeping the division finite where v̂ is zero.
    public var epsilon: Double
    /// λ, the L2 weight decay (0 for none).
    public var weightDecay: Double
    /// t, the number of steps taken.
    public private(set) var stepCount = 0
    /// m and v, one matrix per parameter (empty before the first step).
    public private(set) var firstMoments: [Matrix] = []
    public private(set) var secondMoments: [Matrix] = []

    /// The defaults are the paper's: β₁ = 0.9, β₂ = 0.999, ε = 1e-8.
    public init(
        learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999,
        epsilon: Double = 1e-8, weightDecay: Double = 0
    ) {
        precondition(beta1 >= 0 && beta1 < 1 && beta2 >= 0 && beta2 < 1, "Adam's betas must lie in [0, 1)")
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.weightDecay = weightDecay
    }

    /// One step: the moments and parameters of every matrix move by the formula above, at
    /// t = `stepCount` + 1, in the kernel `gk_adam_step` (see `AdamStep`), whose reference is
    /// `Reference.adamStep`.
    public mutating func step(parameters: inout [Matrix], gradients: [Matrix]) {
        checkShapes(parameters, gradients)
        if firstMoments.isEmpty {
            firstMoments = parameters.map { .zeros(rows: $0.rows, columns: $0.columns) }
            secondMoments = firstMoments
        }
        stepCount += 1
        let step = AdamStep(self, t: stepCount)
        for index in parameters.indices {
            step.update(
                &parameters[index], m: &firstMoments[index], v: &secondMoments[index], gradient: gradients[index])
        }
    }
}
