import Foundation
import Generative
import Testing

/// The largest relative error between the analytic gradients and central differences
/// (f(θ + h) − f(θ − h))/2h, h = 1e-6, over every element of every parameter matrix.
private func worstError(_ analytic: [Matrix], at parameters: [Matrix], _ f: ([Matrix]) -> Double) -> Double {
    let h = 1e-6
    var worst = 0.0
    for p in parameters.indices {
        for i in parameters[p].values.indices {
            var plus = parameters
            var minus = parameters
            plus[p][flat: i] += h
            minus[p][flat: i] -= h
            let numeric = (f(plus) - f(minus)) / (2 * h)
            let a = analytic[p].values[i]
            worst = max(worst, abs(a - numeric) / max(1e-8, abs(a) + abs(numeric)))
        }
    }
    return worst
}

@Suite struct GANGradientTests {
    /// ∂L_G/∂θ_G, through D's input gradient, against finite differences, for both generator
    /// losses against a discriminator and for the Wasserstein loss against a critic, with a
    /// tanh generator R² → R² and a tanh discriminator (smooth, so central differences are
    /// accurate); and with dropout in D, where every evaluation replays the same masks from a
    /// copy of one generator.
    @Test(arguments: zip(GeneratorLoss.allCases + [.nonSaturating],
                         [Adversary.discriminator, .discriminator, .wassersteinCritic(clip: 1)]))
    func generatorGradientMatchesFiniteDifferences(loss: GeneratorLoss, adversary: Adversary) {
        var rng = Xoshiro256StarStar(seed: 21)
        let g = MLP(sizes: [2, 4, 2], hidden: .tanh, output: .identity, initialization: .glorot, generator: &rng)
        for dropout in [nil, Dropout(rate: 0.3)] {
            let d = MLP(
                sizes: [2, 5, 1], hidden: .tanh, output: .identity, initialization: .glorot, dropout: dropout,
                generator: &rng)
            let z = randomMatrix(6, 2, &rng)
            let masks = Xoshiro256StarStar(seed: 99)
            var first = masks
            let analytic = generatorLossAndGradients(
                generator: g, discriminator: d, noise: z, loss: loss, adversary: adversary, dropoutGenerator: &first)
            let error = worstError(analytic.gradients, at: g.parameters) { theta in
                var perturbed = g
                perturbed.parameters = theta
                var replay = masks
                return generatorLossAndGradients(
                    generator: perturbed, discriminator: d, noise: z, loss: loss, adversary: adversary,
                    dropoutGenerator: &replay).value
            }
            #expect(error < 1e-6)
        }
    }

    /// ∂L_D/∂θ_D against finite differences, real and generated rows in one batch, for the
    /// cross-entropy of a discriminator and the loss of a Wasserstein critic.
    @Test(arguments: [Adversary.discriminator, .wassersteinCritic(clip: 1)])
    func discriminatorGradientMatchesFiniteDifferences(adversary: Adversary) {
        var rng = Xoshiro256StarStar(seed: 22)
        let d = MLP(sizes: [2, 6, 1], hidden: .tanh, output: .identity, initialization: .glorot, generator: &rng)
        let real = randomMatrix(5, 2, &rng)
        let fake = randomMatrix(4, 2, &rng)
        let analytic = discriminatorLossAndGradients(discriminator: d, real: real, generated: fake, adversary: adversary)
        let error = worstError(analytic.gradients, at: d.parameters) { theta in
            var perturbed = d
            perturbed.parameters = theta
            return discriminatorLossAndGradients(discriminator: perturbed, real: real, generated: fake, adversary: adversary).value
        }
        #expect(error < 1e-6)
    }

    /// For a discriminator without dropout, training mode draws no masks, so the evaluation-mode
    /// overload gives the training-mode loss, gradients and mean verdicts bit for bit.
    @Test func evaluationModeIsTrainingModeWithoutDropout() {
        var rng = Xoshiro256StarStar(seed: 25)
        let d = MLP(sizes: [2, 6, 1], hidden: .relu, output: .identity, initialization: .he, generator: &rng)
        let real = randomMatrix(5, 2, &rng)
        let fake = randomMatrix(4, 2, &rng)
        let training = discriminatorLossAndGradients(discriminator: d, real: real, generated: fake, dropoutGenerator: &rng)
        let evaluation = discriminatorLossAndGradients(discriminator: d, real: real, generated: fake)
        #expect(training.value == evaluation.value)
        #expect(training.gradients == evaluation.gradients)
        #expect(training.meanRealProbability == evaluation.meanRealProbability)
        #expect(training.meanFakeProbability == evaluation.meanFakeProbability)
    }

    /// One discriminator update lowers L_D on the batch it was computed from, for SGD and Adam
    /// with small steps, and with L2 weight decay on D (the unpenalised loss still falls).
    @Test func discriminatorStepLowersLossOnFixedBatch() {
        var rng = Xoshiro256StarStar(seed: 23)
        var d = MLP(sizes: [1, 16, 1], hidden: .relu, output: .identity, initialization: .he, generator: &rng)
        let real = normalColumn(64, mean: 1, &rng)
        let fake = normalColumn(64, mean: -1, &rng)
        var optimizers: [any Optimizer] = [
            SGD(learningRate: 0.05), Adam(learningRate: 1e-3), SGD(learningRate: 0.05, weightDecay: 1e-3),
        ]
        for index in optimizers.indices {
            var before = discriminatorLossAndGradients(discriminator: d, real: real, generated: fake)
            for _ in 0..<5 {
                optimizers[index].step(parameters: &d.parameters, gradients: before.gradients)
                let after = discriminatorLossAndGradients(discriminator: d, real: real, generated: fake)
                #expect(after.value < before.value)
                before = after
            }
        }
    }

    /// `inputGradient` is `backward(…).input` bit for bit, with and without dropout.
    @Test func inputGradientIsBackwardsInputGradient() {
        var rng = Xoshiro256StarStar(seed: 24)
        for dropout in [nil, Dropout(rate: 0.25)] {
            let net = MLP(
                sizes: [3, 8, 8, 2], hidden: .relu, output: .identity, initialization: .he, dropout: dropout,
                generator: &rng)
            let x = randomMatrix(7, 3, &rng)
            let (y, trace) = net.forward(x, dropoutGenerator: &rng)
            let r = randomMatrix(y.rows, y.columns, &rng)
            #expect(net.inputGradient(trace, gradOutput: r) == net.backward(trace, gradOutput: r).input)
        }
    }
}
