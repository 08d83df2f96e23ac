import Foundation
import Generative
import Testing

/// The bilinear game min_x max_y xy, whose methods are linear maps with known factors. In
/// complex form z = x + iy the field is v = (−y, x) = iz, so simultaneous steps multiply z by
/// 1 + iη (growth √(1 + η²) per step) and extragradient steps by 1 − η² + iη (growth
/// √(1 − η² + η⁴) < 1); the optimistic recurrence z_{t+1} = z_t + iη(2z_t − z_{t−1}) has the
/// characteristic roots λ± = ((1 + 2iη) ± √(1 − 4η²))/2.
@Suite struct GameIntegratorTests {
    let eta = 0.1
    let start = (x: 1.0, y: 0.5)

    /// Complex multiplication, as (re, im) pairs.
    func times(_ a: (Double, Double), _ b: (Double, Double)) -> (Double, Double) {
        (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
    }

    /// z₀ multiplied by `factor` t times, for t = 0…steps.
    func powers(_ factor: (Double, Double), steps: Int) -> [(Double, Double)] {
        var z = (start.x, start.y)
        var result = [z]
        for _ in 0..<steps {
            z = times(z, factor)
            result.append(z)
        }
        return result
    }

    /// Simultaneous and extragradient steps are z ← (1 + iη)z and z ← (1 − η² + iη)z: every
    /// point of 200 steps matches to 1e-13 relative, and the radius grows (shrinks) by the
    /// closed-form factor per step.
    @Test func simultaneousAndExtragradientAreComplexMultiplications() {
        let expected: [(GameIntegrator, (Double, Double))] = [(.simultaneous, (1, eta)), (.extragradient, (1 - eta * eta, eta))]
        for (method, factor) in expected {
            let points = method.trajectory(start: start, learningRate: eta, steps: 200, field: bilinearGameField)
            for (point, z) in zip(points, powers(factor, steps: 200)) {
                let size = hypot(z.0, z.1)
                #expect(hypot(point.x - z.0, point.y - z.1) <= 1e-13 * size)
            }
            let ratio = hypot(points[200].x, points[200].y) / hypot(points[199].x, points[199].y)
            #expect(abs(ratio - hypot(factor.0, factor.1)) <= 1e-13)
        }
    }

    /// Alternating steps are the map (x, y) ↦ (x − ηy, ηx + (1 − η²)y) of determinant 1: they
    /// conserve x² − ηxy + y² (to 1e-13 over 1 000 steps) and rotate by θ with cos θ = 1 − η²/2,
    /// so with η = √(2 − 2 cos(2π/12)) twelve steps come back to the start (to 1e-13).
    @Test func alternatingStepsCycle() {
        let invariant = { (p: (x: Double, y: Double)) in p.x * p.x - self.eta * p.x * p.y + p.y * p.y }
        let points = GameIntegrator.alternating.trajectory(start: start, learningRate: eta, steps: 1_000, field: bilinearGameField)
        #expect(points.allSatisfy { abs(invariant($0) - invariant(start)) <= 1e-13 })
        let cycleEta = (2 - 2 * cos(2 * Double.pi / 12)).squareRoot()
        let cycle = GameIntegrator.alternating.trajectory(start: start, learningRate: cycleEta, steps: 12, field: bilinearGameField)
        #expect(hypot(cycle[12].x - start.x, cycle[12].y - start.y) <= 1e-13)
        #expect(hypot(cycle[6].x - start.x, cycle[6].y - start.y) > 1)
    }

    /// Optimistic steps from z₋₁ = z₀ follow z_t = A λ₊ᵗ + B λ₋ᵗ with A + B = z₀ and
    /// A λ₊ + B λ₋ = z₁ = (1 + iη) z₀: every point of 200 steps to 1e-13 relative, and the
    /// radius shrinks by |λ₊| per step in the limit.
    @Test func optimisticStepsFollowTheCharacteristicRoots() {
        let root = (1 - 4 * eta * eta).squareRoot()
        let (plus, minus) = (((1 + root) / 2, eta), ((1 - root) / 2, eta))
        let z0 = (start.x, start.y)
        let z1 = times(z0, (1, eta))
        // A = (z₁ − λ₋ z₀)/(λ₊ − λ₋), B = z₀ − A; λ₊ − λ₋ = √(1 − 4η²) is real.
        let minusZ0 = times(minus, z0)
        let a = ((z1.0 - minusZ0.0) / root, (z1.1 - minusZ0.1) / root)
        let b = (z0.0 - a.0, z0.1 - a.1)
        let points = GameIntegrator.optimistic.trajectory(start: start, learningRate: eta, steps: 200, field: bilinearGameField)
        var (powerPlus, powerMinus) = ((1.0, 0.0), (1.0, 0.0))
        for point in points {
            let (p, m) = (times(a, powerPlus), times(b, powerMinus))
            let z = (p.0 + m.0, p.1 + m.1)
            #expect(hypot(point.x - z.0, point.y - z.1) <= 1e-13 * hypot(z.0, z.1))
            (powerPlus, powerMinus) = (times(powerPlus, plus), times(powerMinus, minus))
        }
        let ratio = hypot(points[200].x, points[200].y) / hypot(points[199].x, points[199].y)
        #expect(abs(ratio - hypot(plus.0, plus.1)) <= 1e-12)
        #expect(hypot(plus.0, plus.1) < 1)
    }
}
