import Generative
import Testing

@Suite struct WassersteinCriticTests {
    /// Clipping puts every parameter in [−c, c] and leaves those inside unchanged.
    @Test func clippingBoundsEveryParameter() {
        var rng = Xoshiro256StarStar(seed: 81)
        let net = MLP(sizes: [2, 16, 1], hidden: .relu, output: .identity, initialization: .he, generator: &rng)
        var clipped = net
        clipped.clipParameters(to: 0.1)
        for (before, after) in zip(net.parameters, clipped.parameters) {
            for (b, a) in zip(before.values, after.values) {
                #expect(a == (abs(b) <= 0.1 ? b : (b > 0 ? 0.1 : -0.1)))
            }
        }
    }

    /// A trainer with a Wasserstein critic keeps every critic parameter in [−c, c] after
    /// every step (the He initialisation puts many outside it), and its generator moves
    /// the generated mean from 0 towards the data's mean 3.
    @Test func trainerKeepsTheCriticClipped() {
        var rng = Xoshiro256StarStar(seed: 82)
        var trainer = GANTrainer(
            generator: .linearGenerator(mean: 0, scale: 1),
            discriminator: MLP(sizes: [1, 16, 16, 1], hidden: .relu, output: .identity, initialization: .he, generator: &rng),
            generatorOptimizer: Adam(learningRate: 1e-2, beta1: 0.5), discriminatorOptimizer: Adam(learningRate: 1e-3, beta1: 0.5),
            data: DataSampler(Normal(mean: 3, standardDeviation: 0.5)), adversary: .wassersteinCritic(clip: 0.05),
            discriminatorSteps: 5, seed: 82)
        for _ in 0..<300 {
            trainer.step()
            #expect(trainer.discriminator.parameters.allSatisfy { $0.values.allSatisfy { abs($0) <= 0.05 } })
        }
        #expect(abs(trainer.history.last!.generatedMean[0] - 3) < 1)
    }

    /// The critic's loss is the difference of mean scores and the generator's its negated
    /// mean, with constant gradients: against central differences in the scores (exact for
    /// linear losses, to 1e-9).
    @Test func lossGradientsMatchFiniteDifferences() {
        var rng = Xoshiro256StarStar(seed: 83)
        let scores = (0..<7).map { _ in Normal.standard.sample(using: &rng) }
        let column = { (values: [Double]) in Matrix(rows: values.count, columns: 1, values: values) }
        let critic = criticLoss(scores: column(scores), realCount: 3)
        #expect(abs(critic.value - (mean(scores[3...]) - mean(scores[..<3]))) <= 1e-15)
        let generator = wassersteinGeneratorLoss(scores: column(scores))
        let h = 1e-6
        for i in scores.indices {
            var (plus, minus) = (scores, scores)
            plus[i] += h
            minus[i] -= h
            let criticSlope = (criticLoss(scores: column(plus), realCount: 3).value
                - criticLoss(scores: column(minus), realCount: 3).value) / (2 * h)
            let generatorSlope = (wassersteinGeneratorLoss(scores: column(plus)).value
                - wassersteinGeneratorLoss(scores: column(minus)).value) / (2 * h)
            #expect(abs(criticSlope - critic.gradient.values[i]) <= 1e-9)
            #expect(abs(generatorSlope - generator.gradient.values[i]) <= 1e-9)
        }
    }
}
