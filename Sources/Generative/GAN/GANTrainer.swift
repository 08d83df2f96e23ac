/// Adversarial training of a generator G and a discriminator D, both `MLP`s: Algorithm 1 of
/// Goodfellow et al. (2014, "Generative adversarial nets"). Each `step()` is
///
///     repeat k times (`discriminatorSteps`):
///         draw m noise vectors z and m real samples x;
///         update D down the gradient of L_D = −mean log D(x) − mean log(1 − D(G(z)))
///     draw m fresh noise vectors z;
///     update G down the gradient of L_G (`generatorLoss`), through D.
///
/// D outputs a logit ℓ (identity output activation), D(x) = σ(ℓ). With `adversary:
/// .wassersteinCritic(clip:)` D is instead a critic whose output is a score, trained by
/// `criticLoss` and clipped after each update, and G minimises `wassersteinGeneratorLoss`
/// (Arjovsky, Chintala & Bottou 2017); the step is otherwise the same. Regularisation of D is that
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
/// A step allocates no memory once the first has run: the batches, the networks' traces and
/// gradients and the optimisers' moments live in storage the trainer keeps and overwrites
/// (`Workspace`), and the history has room reserved by `train(steps:)`. (A `DataSampler` made
/// from a closure that returns a new matrix allocates that matrix; one that fills the batch
/// does not.)
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
    /// The discriminator of Goodfellow et al. or a Wasserstein critic with clipped weights.
    public let adversary: Adversary
    /// k, the number of discriminator updates per generator update.
    public let discriminatorSteps: Int
    /// m, the number of real and of generated samples in each batch.
    public let batchSize: Int
    /// One record per `step()`, in order.
    public private(set) var history: GANHistory
    private var noiseStream: Xoshiro256StarStar
    private var dataStream: Xoshiro256StarStar
    private var dropoutStream: Xoshiro256StarStar
    private var workspace = Workspace()

    /// The storage of a step, overwritten by the next: the real and the noise batch, and the
    /// two gradient computations (G's trace in `generator` also carries the generated batch of
    /// the discriminator's update).
    private struct Workspace {
        var real = Matrix.empty
        var noise = Matrix.empty
        var discriminator = DiscriminatorPass()
        var generator = GeneratorPass()
    }

    /// - Precondition: G's output width, D's input width and the data's dimension agree; D has
    ///   one output; k ≥ 1; m ≥ 2.
    public init(
        generator: MLP, discriminator: MLP,
        generatorOptimizer: GeneratorOptimizer, discriminatorOptimizer: DiscriminatorOptimizer,
        data: DataSampler, noise: NoiseSource = .standardNormal, generatorLoss: GeneratorLoss = .nonSaturating,
        adversary: Adversary = .discriminator, discriminatorSteps: Int = 1, batchSize: Int = 64, seed: UInt64
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
        self.adversary = adversary
        adversary.constrain(&self.discriminator)
        self.discriminatorSteps = discriminatorSteps
        self.batchSize = batchSize
        history = GANHistory(dimension: data.dimension)
        let streams = Xoshiro256StarStar.streams(seed: seed, count: 4)
        (noiseStream, dataStream, dropoutStream) = (streams[1], streams[2], streams[3])
    }

    /// One update of D on a fresh batch; returns L_D before the update and the mean of D over
    /// the real and the generated halves.
    @discardableResult
    public mutating func discriminatorStep()
        -> (loss: Double, meanRealProbability: Double, meanFakeProbability: Double)
    {
        workspace.real.reshape(rows: batchSize, columns: data.dimension)
        data.fill(&workspace.real, using: &dataStream)
        drawNoise()
        generator.forward(workspace.noise, into: &workspace.generator.generatorTrace)
        let result = discriminatorLossAndGradients(
            discriminator: discriminator, real: workspace.real, generated: workspace.generator.generatorTrace.output,
            adversary: adversary, dropoutGenerator: &dropoutStream, into: &workspace.discriminator)
        discriminatorOptimizer.step(
            parameters: &discriminator.parameters, gradients: workspace.discriminator.backward.gradients.parameters)
        adversary.constrain(&discriminator)
        return (result.value, result.meanRealProbability, result.meanFakeProbability)
    }

    /// One update of G on fresh noise; returns L_G before the update and the generated batch.
    @discardableResult
    public mutating func generatorStep() -> (loss: Double, generated: Matrix) {
        drawNoise()
        let discriminator = discriminator
        var dropoutStream = dropoutStream
        let loss = generatorLossAndGradients(
            generator: generator, discriminator: discriminator, noise: workspace.noise, loss: generatorLoss,
            adversary: adversary, into: &workspace.generator
        ) { x, trace in
            discriminator.forward(x, into: &trace, dropoutGenerator: &dropoutStream)
        }
        self.dropoutStream = dropoutStream
        generatorOptimizer.step(
            parameters: &generator.parameters, gradients: workspace.generator.generatorBackward.gradients.parameters)
        return (loss, workspace.generator.generatorTrace.output)
    }

    /// m fresh noise vectors into the noise batch.
    private mutating func drawNoise() {
        workspace.noise.reshape(rows: batchSize, columns: generator.inputWidth)
        noise.fill(&workspace.noise, using: &noiseStream)
    }

    /// k discriminator updates, then one generator update, recorded in `history`.
    public mutating func step() {
        var last = (loss: 0.0, meanRealProbability: 0.0, meanFakeProbability: 0.0)
        for _ in 0..<discriminatorSteps { last = discriminatorStep() }
        let (loss, generated) = generatorStep()
        history.append(discriminator: last, generatorLoss: loss, generated: generated)
    }

    /// `steps` calls of `step()`, with room in `history` reserved for all of them first.
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
