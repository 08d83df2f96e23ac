/// The squared Fréchet (2-Wasserstein) distance between two Gaussians,
///
///     d² = |μ₁ − μ₂|² + tr(Σ₁ + Σ₂ − 2 (Σ₁^½ Σ₂ Σ₁^½)^½)
///
/// (Dowson & Landau 1982), the quantity behind the Fréchet Inception Distance (Heusel et al.
/// 2017) when the Gaussians are fitted to two samples' features. In one dimension it is
/// (μ₁ − μ₂)² + (σ₁ − σ₂)². In two, the trace of the square root needs no matrix square root:
/// Σ₁^½ Σ₂ Σ₁^½ has the eigenvalues λ₁, λ₂ ≥ 0 of Σ₁Σ₂, and
///
///     tr (Σ₁^½ Σ₂ Σ₁^½)^½ = √λ₁ + √λ₂ = √(tr(Σ₁Σ₂) + 2 √(det Σ₁ · det Σ₂)),
///
/// squaring both sides. Its reference is `Reference.frechetDistanceSquared`, which takes the
/// matrix square roots explicitly.
/// - Precondition: both Gaussians have the same dimension.
public func frechetDistanceSquared(_ p: GaussianMoments, _ q: GaussianMoments) -> Double {
    precondition(p.dimension == q.dimension, "two Gaussians of one dimension")
    let meanTerm = zip(p.mean, q.mean).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
    let (a, b) = (p.covariance, q.covariance)
    if p.dimension == 1 {
        return meanTerm + a[0] + b[0] - 2 * (a[0] * b[0]).squareRoot()
    }
    let traceOfProduct = a[0] * b[0] + a[1] * b[2] + a[2] * b[1] + a[3] * b[3]
    let determinants = max(0, a[0] * a[3] - a[1] * a[2]) * max(0, b[0] * b[3] - b[1] * b[2])
    let traceOfRoot = max(0, traceOfProduct + 2 * determinants.squareRoot()).squareRoot()
    return meanTerm + a[0] + a[3] + b[0] + b[3] - 2 * traceOfRoot
}

/// The Fréchet distance² between the Gaussians fitted to two samples (rows of n × d matrices,
/// d = 1 or 2). An estimate of the distance between the populations' Gaussian fits that is
/// biased upwards at small samples: the fits' own sampling error adds to it.
public func frechetDistanceSquared(_ x: Matrix, _ y: Matrix) -> Double {
    frechetDistanceSquared(GaussianMoments(sample: x), GaussianMoments(sample: y))
}
