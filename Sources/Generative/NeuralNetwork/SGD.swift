/// Stochastic gradient descent with (heavy-ball) momentum μ, as in PyTorch:
///
///     v ← μ·v + g,     θ ← θ − η·v,
///
/// with v = 0 before the first step, so μ = 0 is plain gradient descent. The velocity v
/// averages recent gradients, damping oscillation across a narrow valley and accelerating
/// along it, up to a factor 1/(1 − μ) on a constant slope.
public struct SGD: Optimizer, Sendable {
    /// η.
    public var learningRate: Double
    /// μ, in [0, 1).
    public var momentum: Double
    /// λ, the L2 weight decay (0 for none).
    public var weightDecay: Double
    /// v, one matrix per parameter (empty before the first step).
    public private(set) var velocities: [Matrix] = []

    public init(learningRate: Double, momentum: Double = 0, weightDecay: Double = 0) {
        precondition(momentum >= 0 && momentum < 1, "momentum must lie in [0, 1)")
        self.learningRate = learningRate
        self.momentum = momentum
        self.weightDecay = weightDecay
    }

    public mutating func step(parameters: inout [Matrix], gradients: [Matrix]) {
        checkShapes(parameters, gradients)
        if velocities.isEmpty {
            velocities = parameters.map { .zeros(rows: $0.rows, columns: $0.columns) }
        }
        let (eta, mu, lambda) = (learningRate, momentum, weightDecay)
        for index in parameters.indices {
            parameters[index].withUnsafeMutableElements { theta in
                velocities[index].withUnsafeMutableElements { v in
                    gradients[index].values.withUnsafeBufferPointer { g in
                        for i in theta.indices {
                            v[i] = mu * v[i] + (g[i] + lambda * theta[i])
                            theta[i] -= eta * v[i]
                        }
                    }
                }
            }
        }
    }
}
