#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// A finite mixture of continuous distributions F₁, …, Fₘ with weights w₁, …, wₘ:
///
///     f(x) = Σᵢ wᵢ fᵢ(x),   F(x) = Σᵢ wᵢ Fᵢ(x),   E[X] = Σᵢ wᵢ μᵢ,
///     Var[X] = Σᵢ wᵢ (σᵢ² + (μᵢ − μ)²)   (the law of total variance).
///
/// The multimodal toy targets of generative modelling (a few well-separated Gaussians, on
/// which a GAN's mode collapse shows) are of this kind. The components are existentials, so
/// any mix of distributions can be combined, at the cost of a dynamic call per component
/// per evaluation.
///
/// **Quantile.** F has no closed-form inverse, so `quantile` is `quantileByRootFinding`,
/// started from the bracket [minᵢ Fᵢ⁻¹(p), maxᵢ Fᵢ⁻¹(p)], which always contains the answer:
/// at the left end every Fᵢ is at most p, so F is too, and at the right end every Fᵢ is at
/// least p. It costs about ten evaluations of F and f (microseconds), so the sampler does
/// not use it.
///
/// **Sampling** is by composition (Devroye, Non-Uniform Random Variate Generation, 1986,
/// ch. II): draw the component J with P(J = i) = wᵢ (a `Categorical`), then X from F_J.
/// By the law of total probability P(X ≤ x) = Σᵢ P(J = i) Fᵢ(x) = F(x). It uses two
/// uniforms per draw and is not monotone in them, unlike inversion, but is as fast as the
/// components' own samplers.
public struct Mixture: ContinuousDistribution {
    /// F₁, …, Fₘ.
    public let components: [any ContinuousDistribution]
    /// The distribution of J: the weights, divided by their sum.
    private let selector: Categorical

    /// A mixture of `components` with the given relative `weights` (any non-negative
    /// numbers with a positive sum; they are divided by it).
    /// - Precondition: as many weights as components, at least one.
    public init(_ components: [any ContinuousDistribution], weights: [Double]) {
        precondition(!components.isEmpty, "a mixture needs at least one component")
        precondition(components.count == weights.count, "a mixture needs one weight per component")
        precondition(weights.allSatisfy { $0 >= 0 && $0.isFinite }, "mixture weights must be finite and non-negative")
        let total = weights.reduce(0, +)
        precondition(total > 0, "mixture weights must not all be 0")
        self.components = components
        selector = Categorical(probabilities: weights.map { $0 / total })
    }

    /// w₁, …, wₘ, summing to 1.
    public var weights: [Double] { selector.probabilities }

    public var mean: Double {
        weightedSum { $0.mean }
    }

    public var variance: Double {
        let center = mean
        return weightedSum { component in
            let offset = component.mean - center
            return component.variance + offset * offset
        }
    }

    public func pdf(_ x: Double) -> Double {
        weightedSum { $0.pdf(x) }
    }

    /// ln Σᵢ exp(ln wᵢ + ln fᵢ(x)), as m + ln Σᵢ exp(ln wᵢ + ln fᵢ(x) − m) with m the largest
    /// term, so it stays finite where every fᵢ underflows. One pass: the sum is rescaled
    /// whenever a larger term arrives.
    public func logPDF(_ x: Double) -> Double {
        var (largest, sum) = (-Double.infinity, 0.0)
        for (weight, component) in zip(weights, components) where weight > 0 {
            let term = log(weight) + component.logPDF(x)
            if term == -.infinity { continue }
            if term > largest {
                sum = sum * exp(largest - term) + 1
                largest = term
            } else {
                sum += exp(term - largest)
            }
        }
        return largest + log(sum)
    }

    public func cdf(_ x: Double) -> Double {
        weightedSum { $0.cdf(x) }
    }

    public func survival(_ x: Double) -> Double {
        weightedSum { $0.survival(x) }
    }

    public func quantile(_ p: Double) -> Double {
        precondition(p >= 0 && p <= 1, "a probability must lie in [0, 1]")
        var (lo, hi) = (Double.infinity, -Double.infinity)
        for (weight, component) in zip(weights, components) where weight > 0 {
            let x = component.quantile(p)
            (lo, hi) = (min(lo, x), max(hi, x))
        }
        guard lo.isFinite && hi.isFinite else { return quantileByRootFinding(p) }
        return quantileByRootFinding(p, startingFrom: lo...hi)
    }

    public func sample(using generator: inout some RandomNumberGenerator) -> Double {
        let component = selector.sample(using: &generator)
        return components[component].sample(using: &generator)
    }

    /// Σᵢ wᵢ g(Fᵢ), skipping components of weight 0 (whose g might be NaN, as a Cauchy's mean).
    private func weightedSum(_ g: (any ContinuousDistribution) -> Double) -> Double {
        var sum = 0.0
        for (weight, component) in zip(weights, components) where weight > 0 {
            sum += weight * g(component)
        }
        return sum
    }
}
