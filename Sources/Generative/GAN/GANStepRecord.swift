/// What one training step of a GAN leaves behind for the plots and tables of a chapter.
public struct GANStepRecord: Sendable, Equatable {
    /// The step's index, from 0.
    public let step: Int
    /// L_D of the step's last discriminator update, before that update.
    public let discriminatorLoss: Double
    /// L_G of the generator update, before that update.
    public let generatorLoss: Double
    /// The mean of D(x) over the real batch of the last discriminator update: tends to 1/2
    /// when the generator matches the data and D can no longer tell (Goodfellow et al. 2014,
    /// Proposition 1, D* = p_data/(p_data + p_g)).
    public let meanRealProbability: Double
    /// The mean of D(G(z)) over the generated batch of that update.
    public let meanFakeProbability: Double
    /// The mean of each coordinate of the generated batch of the generator update.
    public let generatedMean: [Double]
    /// The sample standard deviation (n − 1 in the denominator) of each coordinate of that batch.
    public let generatedStandardDeviation: [Double]

    public init(
        step: Int, discriminatorLoss: Double, generatorLoss: Double, meanRealProbability: Double,
        meanFakeProbability: Double, generatedMean: [Double], generatedStandardDeviation: [Double]
    ) {
        self.step = step
        self.discriminatorLoss = discriminatorLoss
        self.generatorLoss = generatorLoss
        self.meanRealProbability = meanRealProbability
        self.meanFakeProbability = meanFakeProbability
        self.generatedMean = generatedMean
        self.generatedStandardDeviation = generatedStandardDeviation
    }
}
