#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// The Wald–Wolfowitz runs test for independence, on runs above and below a threshold
/// (by default the sample median).
///
/// Each value is marked + (above the threshold) or − (below); values equal to the threshold
/// are dropped. A run is a maximal block of equal marks, so + + − + − − has R = 4 runs. With
/// n₊ pluses and n₋ minuses (n = n₊ + n₋) in random order, every arrangement is equally likely
/// and (Wald & Wolfowitz, "On a test whether two samples are from the same population",
/// Ann. Math. Stat. 11(2), 1940)
///
///     E[R]   = 2 n₊ n₋ / n + 1,
///     Var[R] = 2 n₊ n₋ (2 n₊ n₋ − n) / (n² (n − 1)).
///
/// Too few runs means neighbours tend to fall on the same side (positive serial dependence, a
/// trend or slow drift); too many means they alternate. The test uses the normal
/// approximation without continuity correction,
///
///     z = (R − E[R]) / √Var[R],   p = P(|Z| ≥ |z|) = erfc(|z| / √2),
///
/// good once n₊ and n₋ both exceed about 10. It is insensitive to the marginal distribution:
/// only the order of the marks matters.
public struct RunsTest: Sendable, Equatable {
    /// R, the number of runs.
    public let runs: Int
    /// n₊, the number of values above the threshold.
    public let countAbove: Int
    /// n₋, the number of values below the threshold.
    public let countBelow: Int
    /// E[R] = 2 n₊ n₋ / n + 1 under independence.
    public let expectedRuns: Double
    /// Var[R] = 2 n₊ n₋ (2 n₊ n₋ − n) / (n² (n − 1)) under independence.
    public let varianceOfRuns: Double
    /// z = (R − E[R]) / √Var[R]: negative for too few runs, positive for too many.
    public let zScore: Double
    /// The two-sided p-value erfc(|z| / √2).
    public let pValue: Double

    /// Counts the runs of `values` (no NaN) above and below `threshold` (the median when nil).
    /// Needs at least one value on each side and at least three in all, so that Var[R] > 0.
    public init(_ values: [Double], threshold: Double? = nil) {
        precondition(!values.contains(where: \.isNaN), "the runs test of values including NaN")
        let threshold = threshold ?? median(values)
        var (runs, above, below) = (0, 0, 0)
        var previousIsAbove: Bool?
        for value in values where value != threshold {
            let isAbove = value > threshold
            if isAbove { above += 1 } else { below += 1 }
            if isAbove != previousIsAbove { runs += 1 }
            previousIsAbove = isAbove
        }
        let (plus, minus) = (Double(above), Double(below))
        let n = plus + minus
        let product = 2 * plus * minus
        let runVariance = product * (product - n) / (n * n * (n - 1))
        precondition(runVariance > 0, "the runs test needs values on both sides of the threshold, three or more in all")

        self.runs = runs
        countAbove = above
        countBelow = below
        expectedRuns = product / n + 1
        varianceOfRuns = runVariance
        zScore = (Double(runs) - expectedRuns) / runVariance.squareRoot()
        pValue = erfc(abs(zScore) / 2.0.squareRoot())
    }
}
