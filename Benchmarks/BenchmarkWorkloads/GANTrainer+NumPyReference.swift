import Generative

extension GANTrainer where GeneratorOptimizer == Adam, DiscriminatorOptimizer == Adam {
    /// The GAN of the book's NumPy benchmark (`gan-step` in `numpy_reference.py`): G and D
    /// Linear(1, 256)–ReLU–Linear(256, 256)–ReLU–Linear(256, 1) with He initialisation from
    /// `Xoshiro256StarStar(seed: seed)`, batch 64, k = 1, Adam(1e-3, β = (0.5, 0.999)) for both,
    /// the non-saturating loss, standard normal noise, and data ±2 + 0.5·N(0, 1) with equally
    /// likely signs, i.e. ½N(−2, 0.5²) + ½N(2, 0.5²). One place for the benchmark and its test.
    public static func numPyReference(seed: UInt64) -> GANTrainer {
        var initialization = Xoshiro256StarStar(seed: seed)
        func network() -> MLP {
            MLP(sizes: [1, 256, 256, 1], hidden: .relu, output: .identity, initialization: .he,
                generator: &initialization)
        }
        // Filling the trainer's batch in place, so that a step allocates nothing.
        let mixture = DataSampler(dimension: 1, filling: { batch, generator in
            for row in 0..<batch.rows {
                batch[row, 0] = (generator.nextUniform() < 0.5 ? -2.0 : 2.0) + 0.5 * Normal.standard.sample(using: &generator)
            }
        })
        return GANTrainer(
            generator: network(), discriminator: network(),
            generatorOptimizer: Adam(learningRate: 1e-3, beta1: 0.5, beta2: 0.999),
            discriminatorOptimizer: Adam(learningRate: 1e-3, beta1: 0.5, beta2: 0.999),
            data: mixture, noise: .standardNormal, generatorLoss: .nonSaturating, discriminatorSteps: 1,
            batchSize: 64, seed: seed)
    }
}
