extension Reference {
    /// The square root of a symmetric positive semi-definite 2 × 2 matrix M (row-major), in
    /// closed form: √M = (M + s I)/t with s = √det M, t = √(tr M + 2s). (Squaring gives
    /// (M² + 2sM + s²I)/t², and M² = (tr M) M − (det M) I by Cayley–Hamilton.)
    package static func squareRoot2x2(_ m: [Double]) -> [Double] {
        let s = (m[0] * m[3] - m[1] * m[2]).squareRoot()
        let t = (m[0] + m[3] + 2 * s).squareRoot()
        return [(m[0] + s) / t, m[1] / t, m[2] / t, (m[3] + s) / t]
    }

    /// The product of two 2 × 2 matrices, row-major.
    package static func product2x2(_ a: [Double], _ b: [Double]) -> [Double] {
        [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
         a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3]]
    }

    /// The Fréchet distance² of two Gaussians in the plane by its definition,
    /// |μ₁ − μ₂|² + tr(Σ₁ + Σ₂ − 2 (Σ₁^½ Σ₂ Σ₁^½)^½), every square root taken as a matrix.
    package static func frechetDistanceSquared(_ p: GaussianMoments, _ q: GaussianMoments) -> Double {
        let rootP = squareRoot2x2(p.covariance)
        let middle = product2x2(product2x2(rootP, q.covariance), rootP)
        let root = squareRoot2x2([middle[0], (middle[1] + middle[2]) / 2, (middle[1] + middle[2]) / 2, middle[3]])
        let meanTerm = zip(p.mean, q.mean).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
        return meanTerm + p.covariance[0] + p.covariance[3] + q.covariance[0] + q.covariance[3] - 2 * (root[0] + root[3])
    }
}
