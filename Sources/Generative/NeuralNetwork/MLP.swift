/// A multilayer perceptron: a chain of `Dense` layers, with one activation for the hidden
/// layers and another for the output, and optional dropout after every hidden layer.
///
/// The parameters live in one array, `parameters = [W₀, b₀, W₁, b₁, …]`, and the gradients
/// come back in the same order, so an optimiser updates any network with one loop over
/// matching matrices and never needs to know its architecture. `backward` also returns
/// ∂L/∂X, the gradient with respect to the input batch, which a GAN uses to push the
/// generator's samples through the discriminator.
///
/// Both passes also write into existing storage, a trace and a `Backward`, reused from one
/// batch to the next of the same shape: that is how `GANTrainer` trains without allocating.
/// `forward` and `backward` are those passes into fresh storage.
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
        public internal(set) var layers: [Dense.Trace]
        /// The dropout mask applied after each hidden layer (nil where none was applied).
        public internal(set) var masks: [Matrix?]

        /// A trace of nothing yet, for a pass to write into.
        package static let empty = Trace(layers: [], masks: [])

        /// The network's output, the last layer's.
        package var output: Matrix { layers[layers.count - 1].output }
    }

    /// ∂L/∂θ for every parameter, in the order of `parameters`, and ∂L/∂X.
    public struct Gradients: Equatable, Sendable {
        public internal(set) var parameters: [Matrix]
        public internal(set) var input: Matrix
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
        var trace = Trace.empty
        forward(x, into: &trace)
        return (trace.output, trace)
    }

    /// The network's output in training mode: if the network has dropout, each hidden
    /// layer's output is multiplied by a fresh mask drawn from `generator`.
    public func forward(
        _ x: Matrix, dropoutGenerator generator: inout some RandomNumberGenerator
    ) -> (output: Matrix, trace: Trace) {
        var trace = Trace.empty
        forward(x, into: &trace, dropoutGenerator: &generator)
        return (trace.output, trace)
    }

    /// `forward(_:)` into the storage of `trace` (its `output` the network's).
    package func forward(_ x: Matrix, into trace: inout Trace) {
        run(x, into: &trace, masked: false) { _ in }
    }

    /// `forward(_:dropoutGenerator:)` into the storage of `trace`.
    package func forward(_ x: Matrix, into trace: inout Trace, dropoutGenerator generator: inout some RandomNumberGenerator) {
        guard let dropout else { return forward(x, into: &trace) }
        run(x, into: &trace, masked: true) { dropout.drawMask(into: &$0, using: &generator) }
    }

    /// The forward pass, layer by layer, into `trace`. Layer 0 keeps a copy of X (n × inputs,
    /// small beside the products), so that the trace holds no reference to the caller's batch,
    /// which the caller may then overwrite in place. Each layer above reads the one below's
    /// output: without dropout, that output itself, shared, not copied; with dropout, the output
    /// times a mask `drawMask` fills, in the layer's own input matrix.
    private func run(_ x: Matrix, into trace: inout Trace, masked: Bool, drawMask: (inout Matrix) -> Void) {
        let count = layerCount
        if trace.layers.count != count {
            trace = Trace(layers: Array(repeating: .empty, count: count), masks: Array(repeating: nil, count: count))
        }
        // The inputs shared with the outputs below them by the last pass let go, so that those
        // outputs can be overwritten in place.
        if !masked { for index in 1..<count { trace.layers[index].input = .empty } }
        x.copy(into: &trace.layers[0].input)
        for index in 0..<count {
            layer(index).forward(into: &trace.layers[index])
            guard index < count - 1 else { break }
            guard masked else {
                trace.masks[index] = nil
                trace.layers[index + 1].input = trace.layers[index].output
                continue
            }
            // The mask is taken out of the trace and put back, so that it is written in place.
            var mask = trace.masks[index] ?? .empty
            trace.masks[index] = nil
            mask.reshape(rows: trace.layers[index].output.rows, columns: trace.layers[index].output.columns)
            drawMask(&mask)
            trace.layers[index].output.combined(with: mask, into: &trace.layers[index + 1].input, *)
            trace.masks[index] = mask
        }
    }

    /// Backpropagation: the gradients given ∂L/∂Y for the output Y of the forward pass
    /// recorded in `trace`, from the last layer back to the input.
    public func backward(_ trace: Trace, gradOutput: Matrix) -> Gradients {
        var pass = Backward()
        backpropagate(trace, gradOutput: gradOutput, into: &pass, parameterGradients: true)
        return pass.gradients
    }

    /// The storage of a backward pass, overwritten by the next pass through the same value:
    /// the gradients it returns, and for each layer δ_Z, ∂L/∂X and the masked ∂L/∂A.
    package struct Backward {
        package var gradients: Gradients
        var deltaZ: [Matrix]
        var inputGradients: [Matrix]
        var masked: [Matrix]

        /// Empty storage by default, which the first pass sizes.
        package init(
            gradients: Gradients = Gradients(parameters: [], input: .empty), deltaZ: [Matrix] = [],
            inputGradients: [Matrix] = [], masked: [Matrix] = []
        ) {
            (self.gradients, self.deltaZ, self.inputGradients, self.masked) = (gradients, deltaZ, inputGradients, masked)
        }
    }

    /// The backward pass of `backward` and `inputGradient`, into `pass`: for each layer from
    /// the last, ∂L/∂A (∂L/∂Y, or the layer above's ∂L/∂X) times the layer's dropout mask if it
    /// had one, then `Dense.backpropagate` to δ_Z and `Dense.propagate` to ∂L/∂X, and, if `parameterGradients`,
    /// `Dense.parameterGradients` to ∂L/∂W and ∂L/∂b. Without them only ∂L/∂X is meaningful.
    /// Without `inputGradient` the first layer's ∂L/∂X = δ_Z·Wᵀ, a product nothing reads when
    /// only the parameters are trained, is not computed, and `pass.gradients.input` is empty.
    package func backpropagate(
        _ trace: Trace, gradOutput: Matrix, into pass: inout Backward, parameterGradients: Bool,
        inputGradient: Bool = true
    ) {
        let count = layerCount
        if pass.deltaZ.count != count {
            let none = [Matrix](repeating: .empty, count: count)
            pass = Backward(
                gradients: Gradients(parameters: Array(repeating: .empty, count: parameters.count), input: .empty),
                deltaZ: none, inputGradients: none, masked: none)
        }
        // ∂L/∂X as the last pass returned it let go, so that it can be overwritten in place.
        pass.gradients.input = .empty
        for index in stride(from: count - 1, through: 0, by: -1) {
            var deltaA = index == count - 1 ? gradOutput : pass.inputGradients[index + 1]
            if let mask = trace.masks[index] {
                deltaA.combined(with: mask, into: &pass.masked[index], *)
                deltaA = pass.masked[index]
            }
            let layer = layer(index)
            layer.backpropagate(trace.layers[index], gradOutput: deltaA, deltaZ: &pass.deltaZ[index])
            if index > 0 || inputGradient {
                layer.propagate(deltaZ: pass.deltaZ[index], toInput: &pass.inputGradients[index])
            }
            if parameterGradients {
                layer.parameterGradients(
                    trace.layers[index], deltaZ: pass.deltaZ[index], into: &pass.gradients.parameters, at: 2 * index)
            }
        }
        if inputGradient { pass.gradients.input = pass.inputGradients[0] }
    }
}
