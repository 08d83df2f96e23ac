/// The Bernoulli distribution: 1 ("success") with probability p, 0 with probability 1 − p;
/// mean p, variance p(1 − p). The CDF has one step, F(0) = 1 − p, so inverse transform
/// sampling is the familiar rule: 1 if U > 1 − p, else 0.
public struct Bernoulli: DiscreteDistribution, Equatable {
    /// p, the probability of 1.
    public let p: Double

    /// - Precondition: `p` is in [0, 1].
    public init(p: Double) {
        precondition(p >= 0 && p <= 1, "a Bernoulli probability must lie in [0, 1]")
        self.p = p
    }

    public var mean: Double { p }
    public var variance: Double { p * (1 - p) }

    public func pmf(_ k: Int) -> Double {
        switch k {
        case 0: 1 - p
        case 1: p
        default: 0
        }
    }

    public func cdf(_ k: Int) -> Double {
        k < 0 ? 0 : k == 0 ? 1 - p : 1
    }

    /// min{k ∈ {0, 1} : F(k) ≥ u}: 0 for u ≤ 1 − p, else 1. (Taken over the two values, so
    /// quantile(0) = 0.)
    public func quantile(_ u: Double) -> Int {
        precondition(u >= 0 && u <= 1, "a probability must lie in [0, 1]")
        return u <= 1 - p ? 0 : 1
    }
}
