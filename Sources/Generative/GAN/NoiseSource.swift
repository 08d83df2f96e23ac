/// The distribution of a generator's input z, "a prior on input noise variables p_z(z)"
/// (Goodfellow et al. 2014, §3). Any fixed, easy-to-sample distribution will do: the generator
/// learns to transform it. Its dimension is the generator's input width.
public enum NoiseSource: Sendable, Hashable {
    /// z ~ N(0, I): with a linear generator G(z) = μ + σz, exactly the family N(μ, σ²).
    case standardNormal
    /// Each coordinate of z uniform on [lower, upper), as in Goodfellow et al.'s Figure 1.
    case uniform(lower: Double, upper: Double)

    /// A rows × dimension matrix of independent draws, row by row.
    public func sample(
        rows: Int, dimension: Int, using generator: inout some RandomNumberGenerator
    ) -> Matrix {
        var values: [Double] = []
        values.reserveCapacity(rows * dimension)
        switch self {
        case .standardNormal:
            for _ in 0..<rows * dimension { values.append(Normal.standard.sample(using: &generator)) }
        case .uniform(let lower, let upper):
            for _ in 0..<rows * dimension { values.append(lower + (upper - lower) * generator.nextUniform()) }
        }
        return Matrix(rows: rows, columns: dimension, values: values)
    }
}
