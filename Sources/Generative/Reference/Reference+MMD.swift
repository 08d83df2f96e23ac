extension Reference {
    /// MMD² between the samples x (m × d) and y (n × d) straight from its definition, a double
    /// sum over every ordered pair of rows with the kernel's scalar `value`:
    ///
    ///     MMD²_b = 1/m² Σᵢⱼ k(xᵢ, xⱼ) + 1/n² Σᵢⱼ k(yᵢ, yⱼ) − 2/(mn) Σᵢⱼ k(xᵢ, yⱼ),
    ///     MMD²_u = the same with the pairs i = j left out of the first two sums and their
    ///              averages taken over m(m − 1) and n(n − 1) pairs.
    ///
    /// `mmdSquared` sums the same terms row by row in a fixed order of its own, so the two
    /// agree to rounding, not bit for bit.
    package static func mmdSquared(_ x: Matrix, _ y: Matrix, kernel: some RadialKernel, estimator: MMDEstimator) -> Double {
        let skipDiagonal = estimator == .unbiased
        return averageKernel(x, x, kernel, skipDiagonal: skipDiagonal)
            + averageKernel(y, y, kernel, skipDiagonal: skipDiagonal)
            - 2 * averageKernel(x, y, kernel, skipDiagonal: false)
    }

    /// The gradient of MMD² with respect to every generated sample yₗ, as a double sum over
    /// the pairs with a y, from ∇_y k(y, z) = 2κ′(‖y − z‖²)(y − z):
    ///
    ///     ∂MMD²/∂yₗ = w·Σⱼ 2κ′(‖yₗ − yⱼ‖²)(yₗ − yⱼ) − 2/(mn)·Σᵢ 2κ′(‖yₗ − xᵢ‖²)(yₗ − xᵢ),
    ///
    /// with w = 2/n² (biased) or 2/(n(n − 1)) (unbiased): each pair within y appears twice in
    /// the sum over i ≠ j, and the pair j = l adds nothing. The reference of
    /// `mmdSquaredWithGradient`'s gradient, which it matches to rounding.
    package static func mmdSquaredGradient(
        real x: Matrix, generated y: Matrix, kernel: some RadialKernel, estimator: MMDEstimator
    ) -> Matrix {
        let (m, n) = (Double(x.rows), Double(y.rows))
        let within = estimator == .biased ? 2 / (n * n) : 2 / (n * (n - 1))
        var gradient = Matrix.zeros(rows: y.rows, columns: y.columns)
        for l in 0..<y.rows {
            for (others, weight) in [(y, within), (x, -2 / (m * n))] {
                for j in 0..<others.rows {
                    let slope = kernel.valueAndSlope(squaredDistance: squaredDistance(y, l, others, j)).slope
                    for c in 0..<y.columns {
                        gradient[l, c] += weight * 2 * slope * (y[l, c] - others[j, c])
                    }
                }
            }
        }
        return gradient
    }

    /// The average of k(aᵢ, bⱼ) over every pair, or every pair with i ≠ j.
    private static func averageKernel(
        _ a: Matrix, _ b: Matrix, _ kernel: some RadialKernel, skipDiagonal: Bool
    ) -> Double {
        var (sum, count) = (0.0, 0)
        for i in 0..<a.rows {
            for j in 0..<b.rows where !(skipDiagonal && i == j) {
                sum += kernel.value(squaredDistance: squaredDistance(a, i, b, j))
                count += 1
            }
        }
        return sum / Double(count)
    }

    /// ‖aᵢ − bⱼ‖², summed over the coordinates in order.
    private static func squaredDistance(_ a: Matrix, _ i: Int, _ b: Matrix, _ j: Int) -> Double {
        var r2 = 0.0
        for c in 0..<a.columns {
            let t = a[i, c] - b[j, c]
            r2 += t * t
        }
        return r2
    }
}
