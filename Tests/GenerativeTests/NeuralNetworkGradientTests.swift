import Foundation
import Generative
import Testing

/// |a − b| / max(1e-8, |a| + |b|).
private func relativeError(_ a: Double, _ b: Double) -> Double {
    abs(a - b) / max(1e-8, abs(a) + abs(b))
}

/// The largest relative error between an analytic gradient of f at `point` and central
/// differences (f(θ + h) − f(θ − h))/2h, element by element, h = 1e-6.
private func gradientError(
    _ analytic: Matrix, at point: Matrix, _ f: (Matrix) -> Double
) -> Double {
    let h = 1e-6
    var worst = 0.0
    for i in point.values.indices {
        var plus = point
        var minus = point
        plus[flat: i] += h
        minus[flat: i] -= h
        let numeric = (f(plus) - f(minus)) / (2 * h)
        worst = max(worst, relativeError(analytic.values[i], numeric))
    }
    return worst
}

/// A scalar loss Σ Y ⊙ R with fixed random R, so every output gets an O(1) gradient R.
private func projection(_ y: Matrix, _ r: Matrix) -> Double {
    Matrix.hadamard(y, r).sum()
}

@Suite struct NeuralNetworkGradientTests {
    static let activations: [Activation] = [.identity, .relu, .leakyReLU(slope: 0.1), .tanh, .sigmoid]

    @Test(arguments: activations)
    func denseGradientsMatchFiniteDifferences(activation: Activation) {
        var rng = Xoshiro256StarStar(seed: 11)
        let layer = Dense(
            weights: randomMatrix(3, 4, &rng), bias: randomMatrix(1, 4, &rng), activation: activation)
        let x = randomMatrix(5, 3, &rng)
        let r = randomMatrix(5, 4, &rng)
        let (_, trace) = layer.forward(x)
        let g = layer.backward(trace, gradOutput: r)

        #expect(gradientError(g.weights, at: layer.weights) { w in
            projection(Dense(weights: w, bias: layer.bias, activation: activation).forward(x).output, r)
        } < 1e-6)
        #expect(gradientError(g.bias, at: layer.bias) { b in
            projection(Dense(weights: layer.weights, bias: b, activation: activation).forward(x).output, r)
        } < 1e-6)
        #expect(gradientError(g.input, at: x) { x in projection(layer.forward(x).output, r) } < 1e-6)
    }

    /// A layer adds its bias and applies its activation in one pass over X·W: the bits of the
    /// three steps one after another, Z = matmul(X, W) + 1·b and A = g(Z).
    @Test(arguments: activations)
    func denseForwardEqualsItsStepsBitForBit(activation: Activation) {
        var rng = Xoshiro256StarStar(seed: 13)
        let layer = Dense(weights: randomMatrix(7, 19, &rng), bias: randomMatrix(1, 19, &rng), activation: activation)
        let x = randomMatrix(33, 7, &rng)
        let z = matmul(x, layer.weights).addingToEachRow(layer.bias)
        let (output, trace) = layer.forward(x)
        #expect(trace.preActivation.values.map(\.bitPattern) == z.values.map(\.bitPattern))
        #expect(output.values.map(\.bitPattern) == activation.apply(z).values.map(\.bitPattern))
    }

    @Test(arguments: activations)
    func activationDerivativeMatchesFiniteDifferences(activation: Activation) {
        for z in [-2.3, -0.4, 0.7, 1.9] {
            let a = activation.apply(z)
            let numeric = (activation.apply(z + 1e-6) - activation.apply(z - 1e-6)) / 2e-6
            #expect(relativeError(activation.derivative(preActivation: z, output: a), numeric) < 1e-6)
        }
    }

    @Test(arguments: [Activation.tanh, .relu, .sigmoid])
    func mlpGradientsMatchFiniteDifferences(hidden: Activation) {
        var rng = Xoshiro256StarStar(seed: 3)
        let net = MLP(
            sizes: [3, 5, 4, 2], hidden: hidden, output: .identity, initialization: .glorot,
            generator: &rng)
        var perturbed = net
        for index in perturbed.parameters.indices {
            perturbed.parameters[index] = perturbed.parameters[index] + 0.1 * randomMatrix(
                net.parameters[index].rows, net.parameters[index].columns, &rng)
        }
        let x = randomMatrix(6, 3, &rng)
        let target = randomMatrix(6, 2, &rng)
        func loss(_ net: MLP, _ x: Matrix) -> Double {
            meanSquaredError(prediction: net.forward(x).output, target: target).value
        }
        let (y, trace) = perturbed.forward(x)
        let g = perturbed.backward(trace, gradOutput: meanSquaredError(prediction: y, target: target).gradient)

        #expect(g.parameters.count == 6)
        for index in perturbed.parameters.indices {
            let error = gradientError(g.parameters[index], at: perturbed.parameters[index]) { p in
                var copy = perturbed
                copy.parameters[index] = p
                return loss(copy, x)
            }
            #expect(error < 1e-6, "parameter \(index)")
        }
        #expect(gradientError(g.input, at: x) { x in loss(perturbed, x) } < 1e-6)
    }

    @Test func mlpWithDropoutGradientsUseTheTracedMask() {
        var rng = Xoshiro256StarStar(seed: 5)
        let net = MLP(
            sizes: [2, 8, 3], hidden: .tanh, output: .identity, initialization: .glorot,
            dropout: Dropout(rate: 0.5), generator: &rng)
        let x = randomMatrix(4, 2, &rng)
        let r = randomMatrix(4, 3, &rng)
        let dropoutSeed = Xoshiro256StarStar(seed: 99)
        var dropoutRNG = dropoutSeed
        let (_, trace) = net.forward(x, dropoutGenerator: &dropoutRNG)
        #expect(trace.masks[0]?.values.contains(0) == true)
        let g = net.backward(trace, gradOutput: r)
        let error = gradientError(g.parameters[0], at: net.parameters[0]) { w in
            var copy = net
            copy.parameters[0] = w
            var sameMask = dropoutSeed
            return projection(copy.forward(x, dropoutGenerator: &sameMask).output, r)
        }
        #expect(error < 1e-6)
        // Evaluation mode applies no mask.
        #expect(net.forward(x).trace.masks.allSatisfy { $0 == nil })
    }

    @Test func meanSquaredErrorGradient() {
        var rng = Xoshiro256StarStar(seed: 8)
        let prediction = randomMatrix(4, 3, &rng)
        let target = randomMatrix(4, 3, &rng)
        let (_, gradient) = meanSquaredError(prediction: prediction, target: target)
        #expect(gradientError(gradient, at: prediction) {
            meanSquaredError(prediction: $0, target: target).value
        } < 1e-6)
    }

    @Test func binaryCrossEntropyGradientOnABatch() {
        var rng = Xoshiro256StarStar(seed: 9)
        let logits = 3 * randomMatrix(4, 3, &rng)
        let target = randomMatrix(4, 3, &rng).map { ($0 + 1) / 2 }
        let (_, gradient) = binaryCrossEntropyWithLogits(logits: logits, target: target)
        #expect(gradientError(gradient, at: logits) {
            binaryCrossEntropyWithLogits(logits: $0, target: target).value
        } < 1e-6)
    }

    /// One logit at a time, so that a gradient as small as σ(−40) ≈ 4e-18 is not swamped
    /// by the rounding error of the other elements' losses in the finite difference.
    @Test(arguments: [(40.0, 1.0), (40, 0), (40, 0.3), (-40, 0), (-40, 1), (-40, 0.7), (25, 1), (-25, 0)])
    func binaryCrossEntropyGradientAtLargeLogits(logit: (Double, Double)) {
        let (z, y) = logit
        let target = Matrix(rows: 1, columns: 1, values: [y])
        let point = Matrix(rows: 1, columns: 1, values: [z])
        let (value, gradient) = binaryCrossEntropyWithLogits(logits: point, target: target)
        #expect(value.isFinite && value >= 0)
        #expect(gradientError(gradient, at: point) {
            binaryCrossEntropyWithLogits(logits: $0, target: target).value
        } < 1e-6)
    }

    @Test func binaryCrossEntropyAgreesWithTheNaiveFormulaWhereThatIsAccurate() {
        let z = [-3.0, -0.5, 0, 1.2, 4]
        let y = [0.0, 1, 0.4, 0.9, 1]
        let (value, _) = binaryCrossEntropyWithLogits(
            logits: Matrix(rows: 1, columns: 5, values: z), target: Matrix(rows: 1, columns: 5, values: y))
        var naive = 0.0
        for (z, y) in zip(z, y) {
            let p = 1 / (1 + exp(-z))
            naive += -y * log(p) - (1 - y) * log(1 - p)
        }
        #expect(relativeError(value, naive / 5) < 1e-14)
    }
}
