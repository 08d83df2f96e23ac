/// A sum of Gaussian kernels over several bandwidths σ₁, …, σ_B,
///
///     k(x, y) = Σ_b exp(−‖x − y‖² / (2σ_b²)),     κ′(r²) = −Σ_b exp(−r²/(2σ_b²)) / (2σ_b²).
///
/// A single bandwidth sees differences at one scale only: much smaller than σ every pair
/// looks alike, much larger every pair looks unrelated, and in both cases the MMD and its
/// gradient fade. Generative matching networks (Li, Swersky & Zemel 2015, "Generative moment
/// matching networks", ICML, §3) therefore sum kernels over a ladder of bandwidths, so that
/// some term always gives a useful gradient while the generator's samples move from far away
/// to close. A sum of characteristic kernels is characteristic.
///
/// The terms are *summed*, not averaged: k(x, x) = B. This is the kernel of the book's NumPy
/// reference (`mmd` in `numpy_reference.py`, bandwidths 0.1, 0.5, 1, 2, 5 and 10), so the two
/// compute the same numbers. With one bandwidth it equals `GaussianKernel` bit for bit.
public struct SumOfGaussiansKernel: RadialKernel, GaussianTermsKernel, Equatable, CustomStringConvertible {
    /// σ₁, …, σ_B, in the order the terms are added.
    public let bandwidths: [Double]
    let terms: GaussianTerms

    /// - Precondition: at least one bandwidth, each positive and finite.
    public init(bandwidths: [Double]) {
        self.bandwidths = bandwidths
        terms = GaussianTerms(bandwidths: bandwidths)
    }

    public var description: String { "SumOfGaussiansKernel(bandwidths: \(bandwidths))" }

    public static func == (a: Self, b: Self) -> Bool { a.bandwidths == b.bandwidths }
}
