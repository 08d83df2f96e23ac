import Foundation
import Generative
import Testing

/// A closed-form distribution with its textbook mean and variance and its fourth central
/// moment μ₄ (for the standard error of the sample variance), all written out independently
/// of the library's formulas.
struct ClosedFormCase: Sendable, CustomTestStringConvertible {
    let name: String
    let distribution: any ContinuousDistribution
    let mean: Double
    let variance: Double
    let fourthCentralMoment: Double
    var testDescription: String { name }

    /// Kurtosis of the log-normal with σ² = ¼: e^(4σ²) + 2e^(3σ²) + 3e^(2σ²) − 3.
    private static let logNormalKurtosis = exp(1.0) + 2 * exp(0.75) + 3 * exp(0.5) - 3
    private static let logNormalVariance = (exp(0.25) - 1) * exp(1.25)

    static let all: [ClosedFormCase] = [
        // (b − a)²/12 and (b − a)⁴/80.
        ClosedFormCase(
            name: "Uniform(-1, 3)", distribution: Uniform(lower: -1, upper: 3),
            mean: 1, variance: 16.0 / 12, fourthCentralMoment: 256.0 / 80),
        // 1/λ, 1/λ², 9/λ⁴.
        ClosedFormCase(
            name: "Exponential(2)", distribution: Exponential(rate: 2),
            mean: 0.5, variance: 0.25, fourthCentralMoment: 9.0 / 16),
        // μ, σ², 3σ⁴.
        ClosedFormCase(
            name: "Normal(1, 2)", distribution: Normal(mean: 1, standardDeviation: 2),
            mean: 1, variance: 4, fourthCentralMoment: 48),
        // μ, s²π²/3, and excess kurtosis 6/5, so μ₄ = 4.2σ⁴.
        ClosedFormCase(
            name: "Logistic(1, 0.5)", distribution: Logistic(location: 1, scale: 0.5),
            mean: 1, variance: 0.25 * Double.pi * Double.pi / 3,
            fourthCentralMoment: 4.2 * pow(0.25 * Double.pi * Double.pi / 3, 2)),
        // μ, 2b², and kurtosis 6, so μ₄ = 24b⁴.
        ClosedFormCase(
            name: "Laplace(-1, 1.5)", distribution: Laplace(location: -1, scale: 1.5),
            mean: -1, variance: 4.5, fourthCentralMoment: 24 * pow(1.5, 4)),
        // e^(μ + σ²/2), (e^(σ²) − 1)e^(2μ + σ²), and kurtosis as above.
        ClosedFormCase(
            name: "LogNormal(0.5, 0.5)", distribution: LogNormal(mu: 0.5, sigma: 0.5),
            mean: exp(0.625), variance: logNormalVariance,
            fourthCentralMoment: logNormalKurtosis * logNormalVariance * logNormalVariance),
    ]

    /// The cases above plus the Cauchy, which has no moments.
    static let allWithCauchy: [any ContinuousDistribution] =
        all.map(\.distribution) + [Cauchy(location: 2, scale: 3)]
}

/// An existential distribution as a test argument, named for the test report.
struct Wrapped: Sendable, CustomTestStringConvertible {
    let distribution: any ContinuousDistribution
    var name: String { String(describing: type(of: distribution)) }
    var testDescription: String { name }
}

/// ∫ₐᵇ f by the composite Simpson rule with an even number of panels.
func simpson(_ f: (Double) -> Double, from a: Double, to b: Double, panels: Int) -> Double {
    let h = (b - a) / Double(panels)
    var sum = f(a) + f(b)
    for i in 1..<panels {
        sum += (i.isMultiple(of: 2) ? 2 : 4) * f(a + Double(i) * h)
    }
    return sum * h / 3
}
