/// Gradient methods for a two-player zero-sum game min_x max_y f(x, y) with scalar players:
/// x descends f, y ascends it. `field(x, y)` returns (∂f/∂x, ∂f/∂y); with step size η each
/// method moves along the game's vector field v(x, y) = (−∂f/∂x, ∂f/∂y) differently:
///
/// - simultaneous: both players step from the same point, (x, y) ← (x, y) + η v(x, y);
/// - alternating: x steps first, then y steps from the new x (`GANTrainer` alternates the same
///   way with k = 1, the maximiser D first);
/// - extragradient (Korpelevich 1976): a trial step to (x̃, ỹ) = (x, y) + η v(x, y), then the
///   real step from (x, y) with the field at the trial point, (x, y) ← (x, y) + η v(x̃, ỹ);
/// - optimistic (Popov 1980; Daskalakis, Ilyas, Syrgkanis & Zeng 2018): the step extrapolates
///   the last two fields, (x, y) ← (x, y) + η (2 v_t − v_{t−1}), with v₋₁ = v₀.
///
/// On the bilinear game f = xy each method is a fixed linear map of (x, y) (of (x, y) and the
/// previous field for the optimistic one), whose eigenvalues give its growth per step.
public enum GameIntegrator: String, Sendable, Hashable, CaseIterable {
    case simultaneous, alternating, extragradient, optimistic

    /// The points (x₀, y₀), (x₁, y₁), …, (x_steps, y_steps) of `steps` steps from `start`.
    public func trajectory(
        start: (x: Double, y: Double), learningRate eta: Double, steps: Int,
        field: (Double, Double) -> (dx: Double, dy: Double)
    ) -> [(x: Double, y: Double)] {
        var points = [start]
        points.reserveCapacity(steps + 1)
        var (x, y) = start
        var previous = field(x, y)
        for _ in 0..<steps {
            let g = field(x, y)
            switch self {
            case .simultaneous:
                (x, y) = (x - eta * g.dx, y + eta * g.dy)
            case .alternating:
                x -= eta * g.dx
                y += eta * field(x, y).dy
            case .extragradient:
                let trial = field(x - eta * g.dx, y + eta * g.dy)
                (x, y) = (x - eta * trial.dx, y + eta * trial.dy)
            case .optimistic:
                (x, y) = (x - eta * (2 * g.dx - previous.dx), y + eta * (2 * g.dy - previous.dy))
            }
            previous = g
            points.append((x, y))
        }
        return points
    }
}

/// The field (∂f/∂x, ∂f/∂y) = (y, x) of the bilinear game f(x, y) = x·y, whose only
/// equilibrium is (0, 0).
public func bilinearGameField(_ x: Double, _ y: Double) -> (dx: Double, dy: Double) {
    (y, x)
}
