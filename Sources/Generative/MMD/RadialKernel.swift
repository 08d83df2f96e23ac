/// A radial kernel, k(x, y) = κ(‖x − y‖²): a similarity between two points that depends only
/// on their squared Euclidean distance r² = ‖x − y‖², largest at r² = 0 and decaying with
/// distance. The Gaussian kernels of this module are radial, and so is every kernel the
/// maximum mean discrepancy needs here.
///
/// The gradient of such a kernel with respect to its first argument is, by the chain rule,
///
///     ∇ₓ k(x, y) = κ′(‖x − y‖²) · 2(x − y),
///
/// so a kernel supplies κ and its *slope* κ′ = dκ/d(r²), and the estimators supply the
/// directions x − y. That is all the MMD gradient needs.
///
/// A kernel also evaluates whole rows of squared distances at once. The estimators call it
/// once per row of the n × m table of pairs, never once per pair, so a generic estimator pays
/// for dynamic dispatch n times and not n·m times, and a kernel can use vector instructions
/// across the row (the Gaussian kernels do). A new kernel only has to give `value` and
/// `valueAndSlope`: the row functions then default to a loop over them.
public protocol RadialKernel: Sendable {
    /// κ(r²).
    func value(squaredDistance: Double) -> Double
    /// κ(r²) and its slope κ′(r²) = dκ/d(r²).
    func valueAndSlope(squaredDistance: Double) -> (value: Double, slope: Double)
    /// Replaces every r² in `buffer` by κ(r²).
    func values(overwriting buffer: UnsafeMutableBufferPointer<Double>)
    /// Replaces every r² in `buffer` by κ(r²) and writes κ′(r²) to the same index of `slopes`.
    /// - Precondition: `slopes.count >= buffer.count`.
    func valuesAndSlopes(
        overwriting buffer: UnsafeMutableBufferPointer<Double>, slopes: UnsafeMutableBufferPointer<Double>)
}

extension RadialKernel {
    public func values(overwriting buffer: UnsafeMutableBufferPointer<Double>) {
        for j in buffer.indices { buffer[j] = value(squaredDistance: buffer[j]) }
    }

    public func valuesAndSlopes(
        overwriting buffer: UnsafeMutableBufferPointer<Double>, slopes: UnsafeMutableBufferPointer<Double>
    ) {
        precondition(slopes.count >= buffer.count, "one slope per squared distance")
        for j in buffer.indices {
            (buffer[j], slopes[j]) = valueAndSlope(squaredDistance: buffer[j])
        }
    }

    /// k(x, y) = κ(‖x − y‖²) for two points given as coordinate arrays.
    /// - Precondition: `x.count == y.count`.
    public func callAsFunction(_ x: [Double], _ y: [Double]) -> Double {
        precondition(x.count == y.count, "the two points must have the same dimension")
        var r2 = 0.0
        for (a, b) in zip(x, y) { r2 += (a - b) * (a - b) }
        return value(squaredDistance: r2)
    }

    /// k(x, y) = κ((x − y)²) for two points on the line.
    public func callAsFunction(_ x: Double, _ y: Double) -> Double {
        value(squaredDistance: (x - y) * (x - y))
    }
}
