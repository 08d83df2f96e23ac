import Generative
import Testing

@Suite struct GANTrainerObservationTests {
    /// Observing every 5 of 20 steps sees the trainer at steps 0, 5, 10, 15 and 20, and leaves
    /// the training exactly as `train(steps:)` would (networks and history bit for bit), with
    /// dropout in D so that any random number drawn by looking would show.
    @Test func observationsComeEveryKStepsAndLeaveTrainingUnchanged() {
        var rng = Xoshiro256StarStar(seed: 31)
        let g = MLP(sizes: [1, 6, 1], hidden: .tanh, output: .identity, initialization: .glorot, generator: &rng)
        let d = MLP(
            sizes: [1, 6, 1], hidden: .relu, output: .identity, initialization: .he, dropout: Dropout(rate: 0.2),
            generator: &rng)
        let start = GANTrainer(
            generator: g, discriminator: d, generatorOptimizer: Adam(), discriminatorOptimizer: Adam(),
            data: DataSampler(Normal(mean: 1, standardDeviation: 0.5)), batchSize: 8, seed: 31)
        let probe = Matrix(rows: 3, columns: 1, values: [-1, 0, 1])
        var observed = start
        let looks = observed.train(steps: 20, every: 5) { trainer in
            (trainer.history.count, trainer.discriminatorProbabilities(probe))
        }
        var plain = start
        plain.train(steps: 20)
        #expect(looks.map(\.0) == [0, 5, 10, 15, 20])
        #expect(looks.last!.1 == plain.discriminatorProbabilities(probe))
        #expect(observed.history == plain.history)
        #expect(observed.generator == plain.generator && observed.discriminator == plain.discriminator)
    }
}
