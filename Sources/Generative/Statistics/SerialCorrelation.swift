/// The lag-k serial correlation (sample autocorrelation) of a sequence x₀, …, xₙ₋₁:
///
///     r_k = Σ_{i=0}^{n−k−1} (xᵢ − x̄)(xᵢ₊ₖ − x̄)  /  Σ_{i=0}^{n−1} (xᵢ − x̄)²,
///
/// the standard estimator (Box & Jenkins; `statsmodels.tsa.stattools.acf`). Both sums use
/// the mean of the whole sequence and the denominator has all n terms, so r₀ = 1, |r_k| ≤ 1
/// and the sequence r₀, r₁, … is positive semi-definite, at the price of a bias towards zero
/// of order k/n. For independent draws r_k is approximately normal with mean −1/n and
/// variance 1/n, so |r_k| beyond about 2/√n is suspicious.
///
/// Requires 0 ≤ k < n and a sequence that is not constant (the denominator would be zero).
public func serialCorrelation(_ values: [Double], lag: Int) -> Double {
    let n = values.count
    precondition(lag >= 0 && lag < n, "serial correlation needs 0 <= lag < count")
    let center = mean(values)
    var numerator = 0.0
    var denominator = 0.0
    for i in 0..<n {
        let deviation = values[i] - center
        denominator += deviation * deviation
        if i + lag < n { numerator += deviation * (values[i + lag] - center) }
    }
    precondition(denominator > 0, "serial correlation of a constant sequence")
    return numerator / denominator
}
