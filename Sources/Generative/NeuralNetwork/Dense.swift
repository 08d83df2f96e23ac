/// A fully connected layer: an affine map followed by an activation, on a whole batch,
///
///     Z = X·W + 1·b,     A = g(Z),
///
/// for a batch X of n examples (n × in), weights W (in × out) and a bias row b (1 × out).
///
/// `forward` returns the output together with a `Trace` holding X, Z and A, the values the
/// backward pass needs; nothing is cached inside the layer, so a layer is an immutable value
/// that can be run on several batches before any of them is differentiated. Given
/// δ_A = ∂L/∂A, the chain rule gives
///
///     δ_Z = δ_A ⊙ g′(Z),   ∂L/∂W = Xᵀ·δ_Z,   ∂L/∂b = Σ_rows δ_Z,   ∂L/∂X = δ_Z·Wᵀ.
///
/// Each pass also has a form that writes into existing matrices (`forward(into:)`,
/// `backpropagate` and `parameterGradients`), which `MLP` uses so that a training loop reuses
/// its storage; `forward` and `backward` are those forms into fresh matrices.
public struct Dense: Equatable, Sendable {
    /// W, in × out.
    public var weights: Matrix
    /// b, 1 × out.
    public var bias: Matrix
    /// g.
    public var activation: Activation

    /// The values of one forward pass that `backward` needs.
    public struct Trace: Equatable, Sendable {
        /// X, the batch that went in.
        public internal(set) var input: Matrix
        /// Z = X·W + b.
        public internal(set) var preActivation: Matrix
        /// A = g(Z).
        public internal(set) var output: Matrix

        /// A trace of nothing yet, for a pass to write into.
        static let empty = Trace(input: .empty, preActivation: .empty, output: .empty)
    }

    /// The gradients of a loss with respect to the layer's parameters and its input.
    public struct Gradients: Equatable, Sendable {
        /// ∂L/∂W, in × out.
        public let weights: Matrix
        /// ∂L/∂b, 1 × out.
        public let bias: Matrix
        /// ∂L/∂X, n × in.
        public let input: Matrix
    }

    /// - Precondition: `bias` is 1 × `weights.columns`.
    public init(weights: Matrix, bias: Matrix, activation: Activation) {
        precondition(bias.rows == 1 && bias.columns == weights.columns, "the bias must be 1 × out")
        self.weights = weights
        self.bias = bias
        self.activation = activation
    }

    /// A layer with weights drawn by `initialization` and a zero bias.
    public init(
        inputs: Int, outputs: Int, activation: Activation, initialization: Initialization,
        generator: inout some RandomNumberGenerator
    ) {
        self.init(
            weights: initialization.weights(fanIn: inputs, fanOut: outputs, using: &generator),
            bias: .zeros(rows: 1, columns: outputs), activation: activation)
    }

    /// A = g(X·W + b) for a batch X (n × in), with the trace for `backward`.
    public func forward(_ x: Matrix) -> (output: Matrix, trace: Trace) {
        var trace = Trace(input: x, preActivation: .empty, output: .empty)
        forward(into: &trace)
        return (trace.output, trace)
    }

    /// Z and A for the batch `trace.input`, written into the trace's storage.
    func forward(into trace: inout Trace) {
        multiply(trace.input, weights, into: &trace.preActivation)
        activation.apply(addingBias: bias, to: &trace.preActivation, into: &trace.output)
    }

    /// The gradients given δ_A = ∂L/∂A for the batch recorded in `trace`.
    public func backward(_ trace: Trace, gradOutput: Matrix) -> Gradients {
        var (deltaZ, input, parameters) = (Matrix.empty, Matrix.empty, [Matrix.empty, .empty])
        backpropagate(trace, gradOutput: gradOutput, deltaZ: &deltaZ)
        propagate(deltaZ: deltaZ, toInput: &input)
        parameterGradients(trace, deltaZ: deltaZ, into: &parameters, at: 0)
        return Gradients(weights: parameters[0], bias: parameters[1], input: input)
    }

    /// The chain rule through the activation, δ_Z = δ_A ⊙ g′(Z), written into `deltaZ`.
    func backpropagate(_ trace: Trace, gradOutput: Matrix, deltaZ: inout Matrix) {
        activation.backward(
            gradOutput: gradOutput, preActivation: trace.preActivation, output: trace.output, into: &deltaZ)
    }

    /// The chain rule through the affine map to the layer's input, ∂L/∂X = δ_Z·Wᵀ, written into
    /// `inputGradient`.
    func propagate(deltaZ: Matrix, toInput inputGradient: inout Matrix) {
        multiplyTransposedRight(deltaZ, weights, into: &inputGradient)
    }

    /// ∂L/∂W = Xᵀ·δ_Z and ∂L/∂b = Σ_rows δ_Z from the δ_Z of `backpropagate`, written into
    /// `gradients[index]` and `gradients[index + 1]` (a network's list, in the order of its
    /// parameters).
    func parameterGradients(_ trace: Trace, deltaZ: Matrix, into gradients: inout [Matrix], at index: Int) {
        multiplyTransposedLeft(trace.input, deltaZ, into: &gradients[index])
        deltaZ.columnSums(into: &gradients[index + 1])
    }
}
