/// MMD² between real samples x (m × d) and generated samples y (n × d), and its gradient with
/// respect to every generated sample, in closed form: an n × d matrix, the shape of y, ready
/// to be passed to `MLP.backward(_:gradOutput:)` of the generator that produced y.
///
/// Only the terms with a y depend on y. With ∇_y k(y, z) = 2κ′(‖y − z‖²)(y − z), and each pair
/// (yₗ, yⱼ) counted twice in Σ_{i≠j},
///
///     ∂MMD²_b/∂yₗ = 2/n² Σⱼ 2κ′(‖yₗ − yⱼ‖²)(yₗ − yⱼ) − 2/(mn) Σᵢ 2κ′(‖yₗ − xᵢ‖²)(yₗ − xᵢ),
///     ∂MMD²_u/∂yₗ = the same with 2/(n(n−1)) in place of 2/n².
///
/// (The diagonal term k(yₗ, yₗ) = κ(0) does not move with yₗ, which is why the two gradients
/// differ only in that factor.) The first sum pushes generated samples apart from each other,
/// the second pulls them towards the real ones: the whole of the generative matching
/// network's training signal. The value is the same, bit for bit, as `mmdSquared`'s; the
/// gradient's reference is the double sum `Reference.mmdSquaredGradient`, which it matches
/// to rounding.
///
/// Cost as `mmdSquared`, plus O(n·d) for the gradient; extra memory as `mmdSquared`, plus one
/// gradient buffer of n·d per chunk of rows (at most 8) so that chunks never share one.
/// - Precondition: as for `mmdSquared`.
public func mmdSquaredWithGradient(
    real x: Matrix, generated y: Matrix, kernel: some RadialKernel, estimator: MMDEstimator
) -> (value: Double, gradient: Matrix) {
    let (m, n) = checkSamples(x, y, estimator)
    let (xs, ys) = (SampleColumns(x), SampleColumns(y))
    let (mm, nn) = (Double(m), Double(n))
    let withinScale = estimator == .biased ? 2 / (nn * nn) : 2 / (nn * (nn - 1))
    // Gradient coordinates in the layout of `ys` (coordinate by coordinate).
    var gradient = [Double](repeating: 0, count: n * y.columns)
    let xx = withinKernelSum(xs, kernel: kernel)
    let (yy, xy) = gradient.withUnsafeMutableBufferPointer { g in
        let g = GradientColumns(start: g.baseAddress!, count: n)
        return (withinKernelSum(ys, kernel: kernel, gradient: g, scale: withinScale),
                crossKernelSum(ys, xs, kernel: kernel, gradient: g, scale: -2 / (mm * nn)))
    }
    let value = combine(xx: xx, yy: yy, xy: xy, m: m, n: n, diagonal: kernel.value(squaredDistance: 0), estimator)
    let byCoordinate = Matrix(rows: y.columns, columns: n, values: gradient)
    return (value, byCoordinate.transposed)
}

/// MMD² and its gradient for samples on the line: the gradient has one entry per generated
/// value.
public func mmdSquaredWithGradient(
    real x: [Double], generated y: [Double], kernel: some RadialKernel, estimator: MMDEstimator
) -> (value: Double, gradient: [Double]) {
    let (value, gradient) = mmdSquaredWithGradient(
        real: .column(x), generated: .column(y), kernel: kernel, estimator: estimator)
    return (value, gradient.values)
}
