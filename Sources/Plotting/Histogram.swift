/// How histogram bar heights are scaled.
public enum HistogramNormalization: Sendable {
    /// Each bar's height is the number of values in its bin.
    case count
    /// Each bar's height is count / (total × bin width), so the bars' areas sum to 1 and the
    /// histogram can be compared directly with a probability density.
    case density
}

/// Values sorted into bins: the numbers behind `Panel.histogram`, and the observed counts of a
/// chi-square test (`ChiSquareTest(observed: histogram.counts, …)`).
public struct Histogram: Sendable, Equatable {
    /// Bin boundaries, one more than there are bins, increasing; bin `i` is
    /// `edges[i]..<edges[i+1]` except the last, which also includes its upper edge.
    public let edges: [Double]
    /// The number of values in each bin.
    public let counts: [Int]
    /// One height per bin, scaled as requested.
    public let heights: [Double]

    /// Bins `values` into `bins` equal-width bins over `range`.
    ///
    /// Without a `range`, the bins span the finite values' minimum to maximum (±0.5 when all
    /// values are equal, [0, 1] when there are none). Values outside the range, NaN and
    /// infinities are left out, and `.density` divides by the number of values actually binned,
    /// as NumPy does. A value's bin is ⌊(x − low) / (high − low) × bins⌋, the last bin taking
    /// x = high: one division per value, no search.
    public init(
        _ values: [Double], bins: Int, range: ClosedRange<Double>? = nil,
        normalization: HistogramNormalization = .count
    ) {
        precondition(bins >= 1, "a histogram needs at least one bin")
        let range = range ?? Histogram.extent(of: values)
        let (low, high) = (range.lowerBound, range.upperBound)
        precondition(low < high && (high - low).isFinite, "histogram range must be finite and non-empty")

        let edges = (0...bins).map { $0 == bins ? high : low + (high - low) * Double($0) / Double(bins) }
        var counts = [Int](repeating: 0, count: bins)
        for value in values where range.contains(value) {
            let bin = Int(((value - low) / (high - low) * Double(bins)).rounded(.down))
            counts[min(bin, bins - 1)] += 1
        }
        self.init(edges: edges, counts: counts, normalization: normalization)
    }

    /// Bins `values` into the bins between consecutive `edges`, which need not be equally
    /// spaced (equal-probability bins for a chi-square test, say): finite, strictly increasing,
    /// at least two. The same rules as the equal-width initializer: half-open bins with the last
    /// one closed, values outside `edges.first!...edges.last!` and NaN left out. A value's bin
    /// is found by bisection, O(log bins).
    public init(_ values: [Double], edges: [Double], normalization: HistogramNormalization = .count) {
        precondition(edges.count >= 2, "a histogram needs at least two edges")
        precondition(edges.allSatisfy(\.isFinite), "histogram edges must be finite")
        precondition(zip(edges, edges.dropFirst()).allSatisfy { $0 < $1 }, "histogram edges must increase")
        let range = edges[0]...edges[edges.count - 1]
        var counts = [Int](repeating: 0, count: edges.count - 1)
        for value in values where range.contains(value) {
            // Invariant: edges[low] <= value, and value < edges[high] unless high is the last edge.
            var (low, high) = (0, edges.count - 1)
            while high - low > 1 {
                let middle = (low + high) / 2
                if edges[middle] <= value { low = middle } else { high = middle }
            }
            counts[low] += 1
        }
        self.init(edges: edges, counts: counts, normalization: normalization)
    }

    private init(edges: [Double], counts: [Int], normalization: HistogramNormalization) {
        self.edges = edges
        self.counts = counts
        switch normalization {
        case .count:
            heights = counts.map(Double.init)
        case .density:
            let total = Double(counts.reduce(0, +))
            heights = counts.indices.map { i in
                total == 0 ? 0 : Double(counts[i]) / (total * (edges[i + 1] - edges[i]))
            }
        }
    }

    /// The default binning range: the finite values' extent, widened when it has no width.
    private static func extent(of values: [Double]) -> ClosedRange<Double> {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return 0...1 }
        return low < high ? low...high : (low - 0.5)...(high + 0.5)
    }
}
