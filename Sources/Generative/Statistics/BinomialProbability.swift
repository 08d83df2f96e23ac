#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// The binomial probability b(x; n, p) = C(n, x) pˣ qⁿ⁻ˣ for 0 < x < n, by Loader's
/// saddle-point form ("Fast and accurate computation of binomial probabilities", 2000):
///
///     ln b = s(n) − s(x) − s(n−x) − bd0(x, np) − bd0(n−x, nq) − ½ ln(2π x (n−x) / n),
///
/// with s the Stirling correction and bd0(x, μ) = x ln(x/μ) + μ − x ≥ 0 the deviance.
/// ln C(n, x) + x ln p + (n−x) ln q adds terms of size n ln n that cancel, losing ~ε·n ln n
/// (1e-9 relative at n = 10⁶); here every term is small and the relative error stays ~1e-15.
/// Takes np and nq (which must sum to n) so the caller can form them without rounding.
func binomialProbability(_ x: Int, trials n: Int, meanSuccesses np: Double, meanFailures nq: Double) -> Double {
    precondition(0 < x && x < n && np > 0 && nq > 0, "binomialProbability needs 0 < x < n and np, nq > 0")
    let (successes, failures) = (Double(x), Double(n - x))
    let stirling = stirlingCorrection(ofInteger: n) - stirlingCorrection(ofInteger: x) - stirlingCorrection(ofInteger: n - x)
    let exponent = stirling - deviance(successes, np) - deviance(failures, nq)
    return exp(exponent) / (2 * Double.pi * successes * failures / Double(n)).squareRoot()
}

/// bd0(x, μ) = x ln(x/μ) + μ − x. Near x ≈ μ both parts are large and nearly cancel, so there
/// it is summed as (x − μ) v + 2x Σⱼ v^(2j+1)/(2j+1), v = (x − μ)/(x + μ), from
/// x ln(x/μ) = 2x artanh v.
private func deviance(_ x: Double, _ mu: Double) -> Double {
    guard abs(x - mu) < 0.1 * (x + mu) else { return x * log(x / mu) + mu - x }
    let v = (x - mu) / (x + mu)
    let v2 = v * v
    var sum = (x - mu) * v
    var power = 2 * x * v
    var j = 1.0
    while true {
        power *= v2
        let next = sum + power / (2 * j + 1)
        if next == sum { return sum }
        sum = next
        j += 1
    }
}
