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
        var z = Matrix.zeros(rows: rows, columns: dimension)
        fill(&z, using: &generator)
        return z
    }

    /// Fresh draws into every element of `z`, in the order of `sample(rows:dimension:using:)`:
    /// a training loop's noise batch, drawn again in place.
    func fill(_ z: inout Matrix, using generator: inout some RandomNumberGenerator) {
        z.withUnsafeMutableElements { values in
            switch self {
            case .standardNormal:
                for i in values.indices { values[i] = Normal.standard.sample(using: &generator) }
            case .uniform(let lower, let upper):
                for i in values.indices { values[i] = lower + (upper - lower) * generator.nextUniform() }
            }
        }
    }
}
