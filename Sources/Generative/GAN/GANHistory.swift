/// The records of a GAN's training run, one `GANStepRecord` per step, in order.
///
/// Stored column by column, the losses and probabilities of every step in one array and the
/// generated batches' means and standard deviations in two flat ones, `dimension` values per
/// step: recording a step then writes numbers into arrays whose room `GANTrainer.train(steps:)`
/// reserves ahead, and allocates nothing, where a record of its own (with its two arrays) would
/// cost two allocations a step. A record is assembled when it is read.
public struct GANHistory: RandomAccessCollection, Equatable, Sendable {
    /// The width of the generated samples: the number of means and of deviations per step.
    public let dimension: Int
    private var scalars: [Scalars] = []
    private var means: [Double] = []
    private var deviations: [Double] = []

    /// The numbers of one step besides the generated batch's summaries.
    private struct Scalars: Equatable, Sendable {
        let discriminatorLoss, generatorLoss, meanRealProbability, meanFakeProbability: Double
    }

    init(dimension: Int) {
        self.dimension = dimension
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { scalars.count }

    /// The record of step `position`.
    public subscript(position: Int) -> GANStepRecord {
        let step = scalars[position]
        let coordinates = (position * dimension)..<((position + 1) * dimension)
        return GANStepRecord(
            step: position, discriminatorLoss: step.discriminatorLoss, generatorLoss: step.generatorLoss,
            meanRealProbability: step.meanRealProbability, meanFakeProbability: step.meanFakeProbability,
            generatedMean: Array(means[coordinates]), generatedStandardDeviation: Array(deviations[coordinates]))
    }

    /// Room for `count` records in all.
    mutating func reserveCapacity(_ count: Int) {
        scalars.reserveCapacity(count)
        means.reserveCapacity(count * dimension)
        deviations.reserveCapacity(count * dimension)
    }

    /// Records a step: the discriminator's last update, the generator's loss, and the mean and
    /// sample standard deviation (`mean`, `standardDeviation`) of each column of the generated
    /// batch, read in place.
    /// - Precondition: `generated` has `dimension` columns and at least two rows.
    mutating func append(
        discriminator: (loss: Double, meanRealProbability: Double, meanFakeProbability: Double),
        generatorLoss: Double, generated: Matrix
    ) {
        precondition(generated.columns == dimension, "the generated batch has one column per coordinate")
        scalars.append(
            Scalars(
                discriminatorLoss: discriminator.loss, generatorLoss: generatorLoss,
                meanRealProbability: discriminator.meanRealProbability,
                meanFakeProbability: discriminator.meanFakeProbability))
        generated.values.withUnsafeBufferPointer { values in
            for column in 0..<dimension {
                let samples = MatrixColumn(storage: values, column: column, columns: dimension)
                means.append(mean(samples))
                deviations.append(standardDeviation(samples))
            }
        }
    }
}

/// Column `column` of a row-major matrix's storage as a collection, so that the statistics
/// functions read it where it is, in row order, without copying it out.
private struct MatrixColumn: RandomAccessCollection {
    let storage: UnsafeBufferPointer<Double>
    let column: Int
    let columns: Int

    var startIndex: Int { 0 }
    var endIndex: Int { storage.count / columns }
    subscript(row: Int) -> Double { storage[row * columns + column] }
}
