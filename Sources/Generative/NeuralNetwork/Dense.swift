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
        public let input: Matrix
        /// Z = X·W + b.
        public let preActivation: Matrix
        /// A = g(Z).
        public let output: Matrix
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
        var z = matmul(x, weights)
        z.addToEachRow(bias)
        let a = activation.apply(z)
        return (a, Trace(input: x, preActivation: z, output: a))
    }

    /// The gradients given δ_A = ∂L/∂A for the batch recorded in `trace`.
    public func backward(_ trace: Trace, gradOutput: Matrix) -> Gradients {
        let deltaZ = activation.backward(
            gradOutput: gradOutput, preActivation: trace.preActivation, output: trace.output)
        return Gradients(
            weights: matmulTransposedLeft(trace.input, deltaZ),
            bias: deltaZ.columnSums(),
            input: matmulTransposedRight(deltaZ, weights))
    }
}
