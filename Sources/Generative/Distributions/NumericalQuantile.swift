#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// A quantile found numerically, for distributions whose CDF has no closed-form inverse
/// (`Mixture`).
extension ContinuousDistribution {
    /// F⁻¹(p) = min{x : F(x) ≥ p}, from `cdf`, `survival` and `pdf` alone: bracket the
    /// answer, then safeguarded Newton (Press et al., Numerical Recipes, 3rd ed., §9.4,
    /// `rtsafe`).
    ///
    /// **The tail.** Below the median the search works with T(x) = F(x) and the target
    /// t = p, above it with T(x) = S(x), the survival function, and t = 1 − p, which is exact
    /// there. Either way t is the small probability, and S keeps its relative accuracy where
    /// F rounds to 1, so the upper tail is found as accurately as the lower.
    ///
    /// **Bracketing.** Starting from `start` (by default mean ± one standard deviation, or
    /// [−1, 1] when those are not finite), the interval is pushed outwards, its width
    /// doubling each time, until its ends lie on either side of the answer. (A quantile
    /// beyond the largest double, as for a Cauchy at p = 1e-320, comes back as ±∞.)
    ///
    /// **Safeguarded Newton on ln T.** Newton's method on F(x) = p itself crawls in a light
    /// tail: where F(x) ≫ p its step F/f is only about 1/|x| for a normal. On the log scale
    /// the tails are nearly straight (ln Φ(x) ≈ −x²/2, ln S(x) = −λx for the exponential),
    /// so the step solves ln T(x) = ln t instead:
    ///
    ///     x ← x ∓ ln(T(x)/t) · T(x)/f(x)     (− below the median, + above),
    ///
    /// which near the root is the ordinary Newton step (T − t)/f. Writing the logarithm as
    /// ln(T/t), not ln T − ln t, keeps it accurate there: ln 10⁻³⁰⁰ − ln T would carry an
    /// absolute error of 690ε. The step is taken if it lands strictly inside the bracket and
    /// is at most half the step before last (as in `rtsafe`, so a bisection does not lock
    /// Newton out); otherwise the bracket is bisected, at the geometric mean when it lies on
    /// one side of 0 and spans more than a factor of 4 (so [1e-300, 1] takes ten halvings of
    /// the exponent rather than a thousand of the width). Every
    /// evaluation replaces one end of the bracket according to whether T(x) has reached t,
    /// so the answer never escapes: Newton converges quadratically near a simple root, and
    /// bisection guarantees progress where Newton would wander (a flat stretch between
    /// modes, a density that underflows, an overshoot).
    ///
    /// The search stops when T(x) matches t to within 4 units in the last place at a point
    /// of positive density: the computed F can then no longer tell x from the answer (and F
    /// is strictly increasing there, so no flat stretch at level p lies to the left). Where
    /// T is steep compared with x, as in a normal tail, that pins x far below an ulp; where it
    /// is shallow, as at a quantile of −0.045 with an F of 0.3 behind it, x is known only to
    /// about εT/f, and no method could do better. The search also stops when a Newton step
    /// is below 2ε|x| (ε = 2⁻⁵²), or when no double lies inside the bracket. p = 0 and p = 1
    /// return −∞ and +∞: a root finder cannot locate the ends of a support.
    public func quantileByRootFinding(_ p: Double, startingFrom start: ClosedRange<Double>? = nil) -> Double {
        precondition(p >= 0 && p <= 1, "a probability must lie in [0, 1]")
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        let upperTail = p > 0.5
        let target = upperTail ? 1 - p : p
        func tail(_ x: Double) -> Double { upperTail ? survival(x) : cdf(x) }
        // Whether x is at or above the quantile: F(x) ≥ p, that is S(x) ≤ 1 − p.
        func reached(_ t: Double) -> Bool { upperTail ? t <= target : t >= target }

        var (lo, hi) = start.map { ($0.lowerBound, $0.upperBound) } ?? defaultSearchStart
        var width = hi > lo ? hi - lo : max(abs(lo), 1)
        while reached(tail(lo)) {
            (lo, hi) = (lo - width, lo)
            width *= 2
            if lo == -.infinity { return lo }
        }
        while !reached(tail(hi)) {
            (lo, hi) = (hi, hi + width)
            width *= 2
            if hi == .infinity { return hi }
        }

        var x = bisection(lo, hi)
        var (lastStep, stepBefore) = (hi - lo, hi - lo)
        while true {
            let t = tail(x)
            let density = pdf(x)
            if reached(t) { hi = x } else { lo = x }
            if density > 0 && abs(t - target) <= 4 * Double.ulpOfOne * target { return x }
            let logStep = log(t / target) * t / density
            let newton = upperTail ? x + logStep : x - logStep
            let step = abs(newton - x)
            if step <= 2 * Double.ulpOfOne * abs(x) && lo <= newton && newton <= hi { return newton }
            (stepBefore, lastStep) = (lastStep, step)
            if lo < newton && newton < hi && step <= 0.5 * stepBefore {
                x = newton
            } else {
                x = bisection(lo, hi)
                if x <= lo || x >= hi { return hi }
                lastStep = max(x - lo, hi - x)
            }
        }
    }

    /// mean ± standard deviation when both are finite and the deviation positive, else
    /// [−1, 1].
    private var defaultSearchStart: (Double, Double) {
        let (center, spread) = (mean, variance.squareRoot())
        guard center.isFinite && spread.isFinite && spread > 0 else { return (-1, 1) }
        return (center - spread, center + spread)
    }
}

/// The point that splits [lo, hi]: the geometric mean when the interval lies on one side of
/// 0 and its ends differ by more than a factor of 4, else the midpoint (computed as
/// lo/2 + hi/2, which cannot overflow).
private func bisection(_ lo: Double, _ hi: Double) -> Double {
    if lo > 0 && hi > 4 * lo { return lo.squareRoot() * hi.squareRoot() }
    if hi < 0 && lo < 4 * hi { return -((-lo).squareRoot() * (-hi).squareRoot()) }
    return 0.5 * lo + 0.5 * hi
}
