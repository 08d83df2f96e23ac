/// A distribution on 0..<k with given probabilities p₀, …, pₖ₋₁: a loaded die, and the
/// choice of component in a `Mixture`.
///
/// The CDF is the running sum F(j) = p₀ + ⋯ + pⱼ, stored once; the quantile
/// F⁻(u) = min{j : F(j) ≥ u} is a bisection of it, O(log k), and sampling is F⁻(U). (Walker's
/// alias method samples in O(1) after O(k) set-up; inverse transform keeps the draws
/// monotone in U and is plenty fast for the k of this book.)
public struct Categorical: DiscreteDistribution, Equatable {
    /// p₀, …, pₖ₋₁, divided by their sum.
    public let probabilities: [Double]
    /// F(0), …, F(k − 1): running sums of `probabilities`, the last exactly 1.
    public let cumulativeProbabilities: [Double]

    /// - Precondition: at least one probability; all finite and non-negative, summing to 1
    ///   within 1e-9 (they are then divided by their sum, so rounding in the caller's
    ///   arithmetic does no harm).
    public init(probabilities: [Double]) {
        precondition(!probabilities.isEmpty, "a categorical distribution needs at least one probability")
        precondition(
            probabilities.allSatisfy { $0 >= 0 && $0.isFinite },
            "categorical probabilities must be finite and non-negative")
        let total = probabilities.reduce(0, +)
        precondition(abs(total - 1) <= 1e-9, "categorical probabilities must sum to 1")
        self.probabilities = probabilities.map { $0 / total }
        var running = 0.0
        var cumulative = self.probabilities.map { p in
            running += p
            return min(running, 1)
        }
        cumulative[cumulative.count - 1] = 1
        cumulativeProbabilities = cumulative
    }

    public var mean: Double {
        var sum = 0.0
        for (k, p) in probabilities.enumerated() { sum += Double(k) * p }
        return sum
    }

    public var variance: Double {
        let center = mean
        var sum = 0.0
        for (k, p) in probabilities.enumerated() { sum += (Double(k) - center) * (Double(k) - center) * p }
        return sum
    }

    public func pmf(_ k: Int) -> Double {
        probabilities.indices.contains(k) ? probabilities[k] : 0
    }

    public func cdf(_ k: Int) -> Double {
        k < 0 ? 0 : cumulativeProbabilities[min(k, cumulativeProbabilities.count - 1)]
    }

    /// min{j ∈ 0..<k : F(j) ≥ u}, by bisection. (Taken over 0..<k, so quantile(0) = 0.)
    public func quantile(_ u: Double) -> Int {
        precondition(u >= 0 && u <= 1, "a probability must lie in [0, 1]")
        // Invariant: F(j) < u for j < low, F(j) ≥ u for j ≥ high.
        var (low, high) = (0, cumulativeProbabilities.count - 1)
        while low < high {
            let middle = (low + high) / 2
            if cumulativeProbabilities[middle] >= u { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
