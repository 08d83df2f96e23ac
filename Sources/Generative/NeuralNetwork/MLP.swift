/// A multilayer perceptron: a chain of `Dense` layers, with one activation for the hidden
/// layers and another for the output, and optional dropout after every hidden layer.
///
/// The parameters live in one array, `parameters = [W₀, b₀, W₁, b₁, …]`, and the gradients
/// come back in the same order, so an optimiser updates any network with one loop over
/// matching matrices and never needs to know its architecture. `backward` also returns
/// ∂L/∂X, the gradient with respect to the input batch, which a GAN uses to push the
/// generator's samples through the discriminator.
///
///     var rng = Xoshiro256StarStar(seed: 1)
///     var net = MLP(sizes: [1, 256, 256, 1], hidden: .relu, output: .identity,
///                   initialization: .he, generator: &rng)
///     let (y, trace) = net.forward(x)
///     let (loss, dy) = meanSquaredError(prediction: y, target: t)
///     let gradients = net.backward(trace, gradOutput: dy)
///     adam.step(parameters: &net.parameters, gradients: gradients.parameters)
public struct MLP: Equatable, Sendable {
    /// [W₀, b₀, W₁, b₁, …]: layer ℓ has weights `parameters[2ℓ]` (in × out) and bias
    /// `parameters[2ℓ + 1]` (1 × out).
    public var parameters: [Matrix]
    /// The activation of each layer, the last one the output activation.
    public let activations: [Activation]
    /// Dropout after each hidden layer's activation during training, or nil for none.
    public let dropout: Dropout?

    /// What a forward pass records for the backward pass.
    public struct Trace: Equatable, Sendable {
        /// One trace per layer.
        public let layers: [Dense.Trace]
        /// The dropout mask applied after each hidden layer (nil where none was applied).
        public let masks: [Matrix?]
    }

    /// ∂L/∂θ for every parameter, in the order of `parameters`, and ∂L/∂X.
    public struct Gradients: Equatable, Sendable {
        public let parameters: [Matrix]
        public let input: Matrix
    }

    /// A network with layer widths `sizes` (input first, output last), weights drawn by
    /// `initialization` from `generator` layer by layer, and zero biases.
    /// - Precondition: at least two sizes, all positive.
    public init(
        sizes: [Int], hidden: Activation, output: Activation, initialization: Initialization,
        dropout: Dropout? = nil, generator: inout some RandomNumberGenerator
    ) {
        precondition(sizes.count >= 2, "an MLP needs an input and an output size")
        var parameters: [Matrix] = []
        for (fanIn, fanOut) in zip(sizes, sizes.dropFirst()) {
            parameters.append(initialization.weights(fanIn: fanIn, fanOut: fanOut, using: &generator))
            parameters.append(.zeros(rows: 1, columns: fanOut))
        }
        let layerCount = sizes.count - 1
        self.parameters = parameters
        activations = Array(repeating: hidden, count: layerCount - 1) + [output]
        self.dropout = dropout
    }

    /// The number of layers.
    public var layerCount: Int { activations.count }

    /// Layer ℓ as a `Dense` value (sharing the parameters' storage, not copying it).
    public func layer(_ index: Int) -> Dense {
        Dense(weights: parameters[2 * index], bias: parameters[2 * index + 1], activation: activations[index])
    }

    /// The network's output for a batch X (n × inputs), without dropout: evaluation mode.
    public func forward(_ x: Matrix) -> (output: Matrix, trace: Trace) {
        run(x) { _, _ in nil }
    }

    /// The network's output in training mode: if the network has dropout, each hidden
    /// layer's output is multiplied by a fresh mask drawn from `generator`.
    public func forward(
        _ x: Matrix, dropoutGenerator generator: inout some RandomNumberGenerator
    ) -> (output: Matrix, trace: Trace) {
        guard let dropout else { return forward(x) }
        return run(x) { rows, columns in dropout.mask(rows: rows, columns: columns, using: &generator) }
    }

    private func run(
        _ x: Matrix, mask: (Int, Int) -> Matrix?
    ) -> (output: Matrix, trace: Trace) {
        var a = x
        var traces: [Dense.Trace] = []
        var masks: [Matrix?] = []
        traces.reserveCapacity(layerCount)
        for index in 0..<layerCount {
            let (output, trace) = layer(index).forward(a)
            traces.append(trace)
            a = output
            if index < layerCount - 1, let m = mask(a.rows, a.columns) {
                a = Matrix.hadamard(a, m)
                masks.append(m)
            } else {
                masks.append(nil)
            }
        }
        return (a, Trace(layers: traces, masks: masks))
    }

    /// Backpropagation: the gradients given ∂L/∂Y for the output Y of the forward pass
    /// recorded in `trace`, from the last layer back to the input.
    public func backward(_ trace: Trace, gradOutput: Matrix) -> Gradients {
        var parameterGradients = [Matrix](repeating: Matrix.zeros(rows: 0, columns: 0), count: parameters.count)
        var delta = gradOutput
        for index in stride(from: layerCount - 1, through: 0, by: -1) {
            if let m = trace.masks[index] { delta = Matrix.hadamard(delta, m) }
            let g = layer(index).backward(trace.layers[index], gradOutput: delta)
            parameterGradients[2 * index] = g.weights
            parameterGradients[2 * index + 1] = g.bias
            delta = g.input
        }
        return Gradients(parameters: parameterGradients, input: delta)
    }
}
