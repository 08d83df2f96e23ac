/// The Wasserstein-1 (earth mover's) distance between two samples on the line, the exact
/// distance between their empirical distributions:
///
///     W₁(P, Q) = ∫ |F_P(t) − F_Q(t)| dt = ∫₀¹ |F_P⁻¹(u) − F_Q⁻¹(u)| du
///
/// (Vallender 1974). Both empirical CDFs are step functions, so the integral is a finite sum
/// over the merged sorted samples: between consecutive merged points t₍ₖ₎ < t₍ₖ₊₁₎ the two
/// CDFs are constant. This is the definition `scipy.stats.wasserstein_distance` computes.
/// Costs O((m + n) log(m + n)) for the sorts.
/// - Precondition: both samples non-empty.
public func wasserstein1(_ x: [Double], _ y: [Double]) -> Double {
    precondition(!x.isEmpty && !y.isEmpty, "W₁ needs at least one point in each sample")
    let (xs, ys) = (x.sorted(), y.sorted())
    let (m, n) = (Double(xs.count), Double(ys.count))
    var (i, j) = (0, 0)
    var previous = min(xs[0], ys[0])
    var total = 0.0
    while i < xs.count || j < ys.count {
        let next = j == ys.count || (i < xs.count && xs[i] <= ys[j]) ? xs[i] : ys[j]
        total += abs(Double(i) / m - Double(j) / n) * (next - previous)
        while i < xs.count && xs[i] == next { i += 1 }
        while j < ys.count && ys[j] == next { j += 1 }
        previous = next
    }
    return total
}

/// W₁ between a generated and a real sample of the same size n, and its gradient with respect
/// to each generated point. With equal sizes the optimal transport pairs the i-th smallest of
/// one sample with the i-th smallest of the other, so
///
///     W₁ = (1/n) Σᵢ |x₍ᵢ₎ − y₍ᵢ₎|,      ∂W₁/∂x₍ᵢ₎ = sign(x₍ᵢ₎ − y₍ᵢ₎)/n
///
/// (the gradient is taken where no two points tie, as almost surely with continuous samples).
/// Every generated point is pulled by a unit force towards its partner in the real sample,
/// however far it is: the direct, one-dimensional counterpart of the MMD loss of chapter 4.
/// - Precondition: two samples of the same non-zero size.
public func wasserstein1WithGradient(generated: [Double], real: [Double]) -> (value: Double, gradient: [Double]) {
    precondition(generated.count == real.count && !real.isEmpty, "two samples of one size")
    let n = Double(real.count)
    let order = generated.indices.sorted { generated[$0] < generated[$1] }
    let ys = real.sorted()
    var gradient = [Double](repeating: 0, count: generated.count)
    var total = 0.0
    for (rank, index) in order.enumerated() {
        let difference = generated[index] - ys[rank]
        total += abs(difference)
        gradient[index] = difference > 0 ? 1 / n : difference < 0 ? -1 / n : 0
    }
    return (total / n, gradient)
}
