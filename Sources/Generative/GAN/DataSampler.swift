/// Where a GAN's real samples come from: draws of `count` samples, one per row, from the
/// trainer's own data stream, so a run is reproducible from the trainer's seed.
///
///     let data = DataSampler(Normal(mean: 3, standardDeviation: 0.5))
///     let ring = DataSampler(dimension: 2) { count, rng in ringOfGaussians(count, &rng) }
///
/// A sampler writes each batch into an existing matrix, which the trainer reuses from step to
/// step; one made from a closure that returns a new matrix replaces the batch instead.
public struct DataSampler {
    /// The number of coordinates of a sample (the discriminator's input width).
    public let dimension: Int
    private let fill: (inout Matrix, inout Xoshiro256StarStar) -> Void

    /// A sampler from a closure returning a `count` × `dimension` matrix.
    public init(dimension: Int, _ draw: @escaping (_ count: Int, _ generator: inout Xoshiro256StarStar) -> Matrix) {
        self.init(dimension: dimension) { (batch: inout Matrix, generator: inout Xoshiro256StarStar) in
            let drawn = draw(batch.rows, &generator)
            precondition(drawn.rows == batch.rows && drawn.columns == dimension, "a data sampler returned the wrong shape")
            batch = drawn
        }
    }

    /// A sampler from a closure that overwrites every element of a `count` × `dimension`
    /// batch, without allocating: what a training loop that must not touch the heap needs.
    public init(dimension: Int, filling fill: @escaping (_ batch: inout Matrix, _ generator: inout Xoshiro256StarStar) -> Void) {
        precondition(dimension >= 1, "a sample needs at least one coordinate")
        self.dimension = dimension
        self.fill = fill
    }

    /// Independent draws from a distribution on the line.
    public init(_ distribution: some ContinuousDistribution) {
        self.init(dimension: 1) { (batch: inout Matrix, generator: inout Xoshiro256StarStar) in
            batch.withUnsafeMutableElements { values in
                for i in values.indices { values[i] = distribution.sample(using: &generator) }
            }
        }
    }

    /// Minibatches of the rows of a fixed data set, drawn uniformly with replacement.
    public init(dataset: Matrix) {
        precondition(dataset.rows >= 1, "a data set needs at least one sample")
        self.init(dimension: dataset.columns) { (batch: inout Matrix, generator: inout Xoshiro256StarStar) in
            let (count, d) = (batch.rows, dataset.columns)
            batch.withUnsafeMutableElements { values in
                dataset.values.withUnsafeBufferPointer { data in
                    for i in 0..<count {
                        let row = generator.nextInt(in: 0..<dataset.rows)
                        for j in 0..<d { values[i * d + j] = data[row * d + j] }
                    }
                }
            }
        }
    }

    /// `count` samples, one per row.
    public func sample(_ count: Int, using generator: inout Xoshiro256StarStar) -> Matrix {
        var batch = Matrix.zeros(rows: count, columns: dimension)
        fill(&batch, using: &generator)
        return batch
    }

    /// Fresh samples into the rows of `batch`, as `sample(batch.rows, using:)` draws them.
    /// - Precondition: `batch` has `dimension` columns.
    func fill(_ batch: inout Matrix, using generator: inout Xoshiro256StarStar) {
        precondition(batch.columns == dimension, "a batch of samples has one column per coordinate")
        fill(&batch, &generator)
    }
}
