/// The arithmetic mean x̄ = (1/n) Σᵢ xᵢ.
///
/// The sum is accumulated left to right, so its rounding error is at most about n·ε·Σ|xᵢ|
/// (ε = 2⁻⁵³); for the sample sizes of this book that is far below the sampling error.
/// Requires at least one value.
@inlinable
public func mean<C: Collection>(_ values: C) -> Double where C.Element == Double {
    precondition(!values.isEmpty, "mean of no values")
    var sum = 0.0
    for value in values { sum += value }
    return sum / Double(values.count)
}

/// The unbiased sample variance s² = Σᵢ (xᵢ − x̄)² / (n − 1): dividing by n − 1 rather than n
/// makes E[s²] = σ² for independent draws, because x̄ is itself fitted to the sample.
///
/// Computed with the corrected two-pass algorithm (Chan, Golub & LeVeque, "Algorithms for
/// computing the sample variance", Am. Stat. 37(3), 1983):
///
///     s² = ( Σ dᵢ² − (Σ dᵢ)² / n ) / (n − 1),   dᵢ = xᵢ − x̄.
///
/// Subtracting the mean before squaring avoids the catastrophic cancellation of the textbook
/// formula (Σ xᵢ² − n x̄²)/(n − 1), which loses every digit when the mean is large compared
/// with the spread (for 1e9 + {4, 7, 13, 16} it gives −170.67 instead of 30); the term
/// (Σ dᵢ)²/n removes the first-order effect of the rounding error in x̄. Requires at least two
/// values.
@inlinable
public func variance<C: Collection>(_ values: C) -> Double where C.Element == Double {
    let n = values.count
    precondition(n >= 2, "the sample variance needs at least two values")
    let center = mean(values)
    var sumOfSquares = 0.0
    var sum = 0.0
    for value in values {
        let deviation = value - center
        sumOfSquares += deviation * deviation
        sum += deviation
    }
    return (sumOfSquares - sum * sum / Double(n)) / Double(n - 1)
}

/// The sample standard deviation s = √s², with s² the unbiased `variance(_:)`. (s itself is
/// slightly biased low, by Jensen's inequality; the usual convention all the same.)
@inlinable
public func standardDeviation<C: Collection>(_ values: C) -> Double where C.Element == Double {
    variance(values).squareRoot()
}

/// The sample median: the middle value of the sorted sample, or the mean of the two middle
/// values when n is even. Sorts a copy, O(n log n). Requires at least one value and no NaN.
@inlinable
public func median<C: Collection>(_ values: C) -> Double where C.Element == Double {
    precondition(!values.isEmpty, "median of no values")
    precondition(!values.contains(where: \.isNaN), "median of values including NaN")
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
}
