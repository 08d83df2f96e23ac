/// How a layer's weights are first drawn. Biases always start at zero.
///
/// The scale matters: if every layer multiplied the variance of its input by more (or less)
/// than one, signals and gradients would grow (or vanish) geometrically with depth. Each
/// scheme keeps the variance roughly constant for the activation it was derived for.
public enum Initialization: Equatable, Sendable {
    /// He et al. (2015), for ReLU layers: W ~ N(0, 2/fan_in). A ReLU zeroes half of its
    /// inputs on average, halving the second moment; the factor 2 restores it.
    case he
    /// Glorot & Bengio (2010), for tanh and sigmoid layers: W ~ U(−r, r) with
    /// r = √(6/(fan_in + fan_out)), so that Var W = r²/3 = 2/(fan_in + fan_out), the
    /// compromise between keeping forward (1/fan_in) and backward (1/fan_out) variances.
    case glorot

    /// A fanIn × fanOut weight matrix drawn from this scheme, row by row.
    public func weights(
        fanIn: Int, fanOut: Int, using generator: inout some RandomNumberGenerator
    ) -> Matrix {
        precondition(fanIn > 0 && fanOut > 0, "a layer needs at least one input and output")
        var values = [Double]()
        values.reserveCapacity(fanIn * fanOut)
        switch self {
        case .he:
            let normal = Normal(mean: 0, standardDeviation: (2 / Double(fanIn)).squareRoot())
            for _ in 0..<fanIn * fanOut { values.append(normal.sample(using: &generator)) }
        case .glorot:
            let r = (6 / Double(fanIn + fanOut)).squareRoot()
            for _ in 0..<fanIn * fanOut { values.append(r * (2 * generator.nextUniform() - 1)) }
        }
        return Matrix(rows: fanIn, columns: fanOut, values: values)
    }
}
