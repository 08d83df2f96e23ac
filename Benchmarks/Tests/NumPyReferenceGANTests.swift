import BenchmarkWorkloads
import Generative
import Testing

@Suite struct NumPyReferenceGANTests {
    /// The NumPy benchmark's step (`gan-step`): G and D [1, 256, 256, 1] ReLU MLPs, batch 64,
    /// Adam(1e-3, β = (0.5, 0.999)), non-saturating loss, data ½N(−2, 0.5²) + ½N(2, 0.5²). The
    /// trainer expresses it as is; a few steps run and give finite records.
    @Test func expressesTheBenchmarkStep() {
        var trainer = GANTrainer.numPyReference(seed: 0)
        trainer.train(steps: 3)
        #expect(trainer.history.count == 3)
        #expect(trainer.history.allSatisfy { $0.discriminatorLoss.isFinite && $0.generatorLoss.isFinite })
        #expect(trainer.discriminatorOptimizer.stepCount == 3 && trainer.generatorOptimizer.stepCount == 3)
    }
}
