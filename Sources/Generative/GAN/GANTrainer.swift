/// Adversarial training of a generator G and a discriminator D, both `MLP`s: Algorithm 1 of
/// Goodfellow et al. (2014, "Generative adversarial nets"). Each `step()` is
///
///     repeat k times (`discriminatorSteps`):
///         draw m noise vectors z and m real samples x;
///         update D down the gradient of L_D = −mean log D(x) − mean log(1 − D(G(z)))
///     draw m fresh noise vectors z;
///     update G down the gradient of L_G (`generatorLoss`), through D.
///
/// D outputs a logit ℓ (identity output activation), D(x) = σ(ℓ). Regularisation of D is that
/// of the NeuralNetwork module: L2 weight decay is the `weightDecay` of its optimiser, dropout
/// the `dropout` of its `MLP` (active in both of D's forward passes, with masks from the
/// trainer's dropout stream).
///
/// All randomness comes from three streams of one seed (`Xoshiro256StarStar(seed:stream:)`):
/// 1 for noise, 2 for real samples, 3 for dropout masks; so a run is reproducible bit for bit,
/// and switching dropout on does not change the noise or the data a run sees. Stream 0 is
/// `Xoshiro256StarStar(seed: seed)` itself, which a caller naturally uses to initialise the
/// networks; leaving it out keeps the noise independent of the initial weights.
///
/// The step of the book's NumPy benchmark (`gan-step` in `numpy_reference.py`) is this trainer
/// with G and D `MLP(sizes: [1, 256, 256, 1], hidden: .relu, output: .identity, …)`, batch 64,
/// k = 1, `Adam(learningRate: 1e-3, beta1: 0.5, beta2: 0.999)` for both, the non-saturating
/// loss, standard normal noise and the mixture ½N(−2, 0.5²) + ½N(2, 0.5²) as data.
public struct GANTrainer<GeneratorOptimizer: Optimizer, DiscriminatorOptimizer: Optimizer> {
    public private(set) var generator: MLP
    public private(set) var discriminator: MLP
    public var generatorOptimizer: GeneratorOptimizer
    public var discriminatorOptimizer: DiscriminatorOptimizer
    public let data: DataSampler
    public let noise: NoiseSource
    public var generatorLoss: GeneratorLoss
    /// k, the number of discriminator updates per generator update.
    public let discriminatorSteps: Int
    /// m, the number of real and of generated samples in each batch.
    public let batchSize: Int
    /// One record per `step()`, in order.
    public private(set) var history: [GANStepRecord] = []
    private var noiseStream: Xoshiro256StarStar
    private var dataStream: Xoshiro256StarStar
    private var dropoutStream: Xoshiro256StarStar

    /// - Precondition: G's output width, D's input width and the data's dimension agree; D has
    ///   one output; k ≥ 1; m ≥ 2.
    public init(
        generator: MLP, discriminator: MLP,
        generatorOptimizer: GeneratorOptimizer, discriminatorOptimizer: DiscriminatorOptimizer,
        data: DataSampler, noise: NoiseSource = .standardNormal, generatorLoss: GeneratorLoss = .nonSaturating,
        discriminatorSteps: Int = 1, batchSize: Int = 64, seed: UInt64
    ) {
        precondition(generator.outputWidth == data.dimension, "G's output width must be the data's dimension")
        precondition(discriminator.inputWidth == data.dimension, "D's input width must be the data's dimension")
        precondition(discriminator.outputWidth == 1, "D must have one output, a logit")
        precondition(discriminatorSteps >= 1 && batchSize >= 2, "k ≥ 1 and a batch of at least 2")
        self.generator = generator
        self.discriminator = discriminator
        self.generatorOptimizer = generatorOptimizer
        self.discriminatorOptimizer = discriminatorOptimizer
        self.data = data
        self.noise = noise
        self.generatorLoss = generatorLoss
        self.discriminatorSteps = discriminatorSteps
        self.batchSize = batchSize
        let streams = Xoshiro256StarStar.streams(seed: seed, count: 4)
        (noiseStream, dataStream, dropoutStream) = (streams[1], streams[2], streams[3])
    }

    /// One update of D on a fresh batch; returns L_D before the update and the mean of D over
    /// the real and the generated halves.
    @discardableResult
    public mutating func discriminatorStep()
        -> (loss: Double, meanRealProbability: Double, meanFakeProbability: Double)
    {
        let real = data.sample(batchSize, using: &dataStream)
        let z = noise.sample(rows: batchSize, dimension: generator.inputWidth, using: &noiseStream)
        let generated = generator.forward(z).output
        let result = discriminatorLossAndGradients(
            discriminator: discriminator, real: real, generated: generated, dropoutGenerator: &dropoutStream)
        discriminatorOptimizer.step(parameters: &discriminator.parameters, gradients: result.gradients)
        return (result.value, result.meanRealProbability, result.meanFakeProbability)
    }

    /// One update of G on fresh noise; returns L_G before the update and the generated batch.
    @discardableResult
    public mutating func generatorStep() -> (loss: Double, generated: Matrix) {
        let z = noise.sample(rows: batchSize, dimension: generator.inputWidth, using: &noiseStream)
        let result = generatorLossAndGradients(
            generator: generator, discriminator: discriminator, noise: z, loss: generatorLoss,
            dropoutGenerator: &dropoutStream)
        generatorOptimizer.step(parameters: &generator.parameters, gradients: result.gradients)
        return (result.value, result.generated)
    }

    /// k discriminator updates, then one generator update; the record is appended to `history`.
    @discardableResult
    public mutating func step() -> GANStepRecord {
        var last = (loss: 0.0, meanRealProbability: 0.0, meanFakeProbability: 0.0)
        for _ in 0..<discriminatorSteps { last = discriminatorStep() }
        let (loss, generated) = generatorStep()
        let (means, deviations) = GANStepRecord.summaries(of: generated)
        let record = GANStepRecord(
            step: history.count, discriminatorLoss: last.loss, generatorLoss: loss,
            meanRealProbability: last.meanRealProbability, meanFakeProbability: last.meanFakeProbability,
            generatedMean: means, generatedStandardDeviation: deviations)
        history.append(record)
        return record
    }

    /// `steps` calls of `step()`.
    public mutating func train(steps: Int) {
        history.reserveCapacity(history.count + steps)
        for _ in 0..<steps { step() }
    }

    /// `count` samples G(z) for fresh noise from `generator` (not the training streams), in
    /// evaluation mode.
    public func generate(_ count: Int, using noiseGenerator: inout some RandomNumberGenerator) -> Matrix {
        generator.forward(noise.sample(rows: count, dimension: generator.inputWidth, using: &noiseGenerator)).output
    }

    /// D(x) = σ(ℓ(x)) for every row of x, in evaluation mode (no dropout): the curve of
    /// Goodfellow et al.'s Figure 1.
    public func discriminatorProbabilities(_ x: Matrix) -> [Double] {
        discriminator.forward(x).output.values.map(logistic)
    }
}

extension MLP {
    /// The width of the input layer.
    var inputWidth: Int { parameters[0].rows }
    /// The width of the output layer.
    var outputWidth: Int { parameters[parameters.count - 2].columns }
}
