/// How histogram bar heights are scaled.
public enum HistogramNormalization: Sendable {
    /// Each bar's height is the number of values in its bin.
    case count
    /// Each bar's height is count / (total × bin width), so the bars' areas sum to 1 and the
    /// histogram can be compared directly with a probability density.
    case density
}

/// Values sorted into equal-width bins: the numbers behind `Panel.histogram`, public so a
/// chapter can also compute with them (compare against a density, report the fullest bin…).
public struct Histogram: Sendable, Equatable {
    /// Bin boundaries, `bins + 1` of them, increasing; bin `i` is `edges[i]..<edges[i+1]`
    /// except the last, which also includes its upper edge.
    public let edges: [Double]
    /// One height per bin, scaled as requested.
    public let heights: [Double]

    /// Bins `values` into `bins` equal-width bins over `range`.
    ///
    /// Without a `range`, the bins span the finite values' minimum to maximum (±0.5 when all
    /// values are equal, [0, 1] when there are none). Values outside the range, NaN and
    /// infinities are left out, and `.density` divides by the number of values actually binned,
    /// as NumPy does.
    public init(
        _ values: [Double], bins: Int, range: ClosedRange<Double>? = nil,
        normalization: HistogramNormalization = .count
    ) {
        precondition(bins >= 1, "a histogram needs at least one bin")
        let range = range ?? Histogram.extent(of: values)
        let (low, high) = (range.lowerBound, range.upperBound)
        precondition(low < high && (high - low).isFinite, "histogram range must be finite and non-empty")

        let edges = (0...bins).map { $0 == bins ? high : low + (high - low) * Double($0) / Double(bins) }
        var counts = [Double](repeating: 0, count: bins)
        for value in values where range.contains(value) {
            let bin = Int(((value - low) / (high - low) * Double(bins)).rounded(.down))
            counts[min(bin, bins - 1)] += 1
        }

        self.edges = edges
        switch normalization {
        case .count:
            heights = counts
        case .density:
            let total = counts.reduce(0, +)
            heights = counts.indices.map { i in
                total == 0 ? 0 : counts[i] / (total * (edges[i + 1] - edges[i]))
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
