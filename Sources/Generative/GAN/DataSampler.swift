/// Where a GAN's real samples come from: draws of `count` samples, one per row, from the
/// trainer's own data stream, so a run is reproducible from the trainer's seed.
///
///     let data = DataSampler(Normal(mean: 3, standardDeviation: 0.5))
///     let ring = DataSampler(dimension: 2) { count, rng in ringOfGaussians(count, &rng) }
public struct DataSampler {
    /// The number of coordinates of a sample (the discriminator's input width).
    public let dimension: Int
    private let draw: (Int, inout Xoshiro256StarStar) -> Matrix

    /// A sampler from a closure returning a `count` × `dimension` matrix.
    public init(dimension: Int, _ draw: @escaping (_ count: Int, _ generator: inout Xoshiro256StarStar) -> Matrix) {
        precondition(dimension >= 1, "a sample needs at least one coordinate")
        self.dimension = dimension
        self.draw = draw
    }

    /// Independent draws from a distribution on the line.
    public init(_ distribution: some ContinuousDistribution) {
        self.init(dimension: 1) { count, generator in
            var values: [Double] = []
            values.reserveCapacity(count)
            for _ in 0..<count { values.append(distribution.sample(using: &generator)) }
            return Matrix(rows: count, columns: 1, values: values)
        }
    }

    /// Minibatches of the rows of a fixed data set, drawn uniformly with replacement.
    public init(dataset: Matrix) {
        precondition(dataset.rows >= 1, "a data set needs at least one sample")
        self.init(dimension: dataset.columns) { count, generator in
            let d = dataset.columns
            var values: [Double] = []
            values.reserveCapacity(count * d)
            for _ in 0..<count {
                let row = generator.nextInt(in: 0..<dataset.rows)
                values.append(contentsOf: dataset.values[(row * d)..<((row + 1) * d)])
            }
            return Matrix(rows: count, columns: d, values: values)
        }
    }

    /// `count` samples, one per row.
    public func sample(_ count: Int, using generator: inout Xoshiro256StarStar) -> Matrix {
        let batch = draw(count, &generator)
        precondition(batch.rows == count && batch.columns == dimension, "a data sampler returned the wrong shape")
        return batch
    }
}
