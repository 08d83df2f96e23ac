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
/// values when n is even. Found by selection on a copy (`smallest(_:in:)`), in O(n) time on
/// average where sorting takes O(n log n): the median heuristic of chapter 4 takes the median
/// of millions of distances. An order statistic does not depend on how it is found, so this
/// is the value of sorting (`Reference.median`). Requires at least one value and no NaN.
@inlinable
public func median<C: Collection>(_ values: C) -> Double where C.Element == Double {
    precondition(!values.isEmpty, "median of no values")
    precondition(!values.contains(where: \.isNaN), "median of values including NaN")
    var copy = Array(values)
    let middle = copy.count / 2
    let upper = smallest(middle, in: &copy)
    guard copy.count.isMultiple(of: 2) else { return upper }
    // The selection leaves the `middle` values below position `middle` no larger than it;
    // the largest of them is the lower middle value.
    return (copy[..<middle].max()! + upper) / 2
}

/// The value at position k of `values` sorted increasingly, found by Hoare's FIND
/// ("quickselect"; C. A. R. Hoare, Algorithm 65, CACM 4(7), 1961): partition around the middle
/// element as quicksort does, then continue in the part that holds position k only. Leaves
/// `values` reordered so that every value before position k is ≤ the result and every value
/// after it ≥. O(n) comparisons on average, O(n²) at worst.
/// - Precondition: 0 ≤ k < values.count; no NaN.
@usableFromInline
package func smallest(_ k: Int, in values: inout [Double]) -> Double {
    precondition(values.indices.contains(k), "position \(k) is outside the values")
    return values.withUnsafeMutableBufferPointer { a in
        var (low, high) = (0, a.count - 1)
        while low < high {
            let pivot = a[low + (high - low) / 2]
            var (i, j) = (low, high)
            // Afterwards a[low...j] ≤ pivot ≤ a[i...high], and anything between equals it.
            while i <= j {
                while a[i] < pivot { i += 1 }
                while pivot < a[j] { j -= 1 }
                if i <= j {
                    a.swapAt(i, j)
                    (i, j) = (i + 1, j - 1)
                }
            }
            if k <= j {
                high = j
            } else if k >= i {
                low = i
            } else {
                break
            }
        }
        return a[k]
    }
}
