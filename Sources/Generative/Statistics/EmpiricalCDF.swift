/// The empirical distribution function of a sample x₁, …, xₙ:
///
///     Fₙ(x) = #{ i : xᵢ ≤ x } / n,
///
/// a right-continuous staircase rising by 1/n at each sample value (by m/n at a value that
/// occurs m times). By the Glivenko–Cantelli theorem it converges uniformly to the true CDF F,
/// and the Kolmogorov–Smirnov statistic measures how far it is from a candidate F.
///
/// The sample is sorted once, O(n log n); each evaluation is then a bisection, O(log n).
public struct EmpiricalCDF: Sendable {
    /// The sample in increasing order: the x positions of the staircase's jumps.
    public let sortedValues: [Double]

    /// Requires at least one value and no NaN (NaN has no place in the order).
    public init(_ values: [Double]) {
        precondition(!values.isEmpty, "an empirical CDF needs at least one value")
        precondition(!values.contains(where: \.isNaN), "an empirical CDF of values including NaN")
        sortedValues = values.sorted()
    }

    /// Fₙ(x), the fraction of the sample less than or equal to `x`.
    public func callAsFunction(_ x: Double) -> Double {
        // Bisect for the number of values <= x: invariant sortedValues[..<low] <= x < sortedValues[high...].
        var (low, high) = (0, sortedValues.count)
        while low < high {
            let middle = (low + high) / 2
            if sortedValues[middle] <= x { low = middle + 1 } else { high = middle }
        }
        return Double(low) / Double(sortedValues.count)
    }

    /// The vertices of the staircase from `lower` to `upper`, ready for `Panel.line`: a
    /// horizontal run at each level and a vertical rise at each sample value in between,
    /// starting at (lower, Fₙ(lower)) and ending at (upper, Fₙ(upper)).
    public func staircase(from lower: Double, to upper: Double) -> (x: [Double], y: [Double]) {
        precondition(lower < upper, "staircase: lower must be below upper")
        let n = Double(sortedValues.count)
        var x = [lower]
        var y = [callAsFunction(lower)]
        x.reserveCapacity(2 * sortedValues.count + 2)
        y.reserveCapacity(2 * sortedValues.count + 2)
        for (i, value) in sortedValues.enumerated() where value > lower && value <= upper {
            x.append(value)
            y.append(Double(i) / n)
            x.append(value)
            y.append(Double(i + 1) / n)
        }
        x.append(upper)
        y.append(callAsFunction(upper))
        return (x, y)
    }
}
