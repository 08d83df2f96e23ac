/// A sample set stored coordinate by coordinate: coordinate c of sample i is
/// `coordinates[c·count + i]` (the transpose of the rows-are-samples `Matrix`), so that a loop
/// over the samples j of one coordinate runs along contiguous memory and vectorises.
package struct SampleColumns {
    package let count: Int
    package let dimension: Int
    package let coordinates: [Double]

    /// - Precondition: at least one coordinate.
    package init(_ samples: Matrix) {
        precondition(samples.columns >= 1, "a sample needs at least one coordinate")
        count = samples.rows
        dimension = samples.columns
        coordinates = samples.transposed.values
    }
}

/// A gradient with respect to a `SampleColumns`, in its layout: the derivative by coordinate c
/// of sample i is at `start[c·count + i]`. It is written through a pointer because the rows
/// of a pairwise sum run on several threads, each writing only entries no other thread
/// writes.
package struct GradientColumns {
    package let start: UnsafeMutablePointer<Double>
    package let count: Int

    package init(start: UnsafeMutablePointer<Double>, count: Int) {
        self.start = start
        self.count = count
    }

    /// The derivative by coordinate c of sample i.
    subscript(coordinate c: Int, sample i: Int) -> Double {
        get { start[c &* count &+ i] }
        nonmutating set { start[c &* count &+ i] = newValue }
    }

    /// Coordinate c of the samples from `first` on, as contiguous memory.
    package func coordinate(_ c: Int, from first: Int) -> UnsafeMutablePointer<Double> {
        start + (c &* count &+ first)
    }
}
