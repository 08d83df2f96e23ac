/// The linear generator of the one-dimensional experiments,
///
///     G(z) = μ + σz,
///
/// as an `MLP` of one `Dense(1, 1)` layer with the identity activation: weight σ, bias μ. Fed
/// z ~ N(0, 1) it generates exactly N(μ, σ²), so the whole family of normal distributions is
/// within its reach, and training it shows how far a GAN gets with two numbers. The sign of σ
/// is not identified (μ + σz and μ − σz have the same law), so read the scale as |σ|.
extension MLP {
    /// G(z) = μ + σz with the given starting values.
    public static func linearGenerator(mean: Double, scale: Double) -> MLP {
        var unused = SplitMix64(seed: 0)
        var generator = MLP(
            sizes: [1, 1], hidden: .identity, output: .identity, initialization: .glorot, generator: &unused)
        generator.parameters = [
            Matrix(rows: 1, columns: 1, values: [scale]), Matrix(rows: 1, columns: 1, values: [mean]),
        ]
        return generator
    }

    /// (μ, σ) of a linear generator: its bias and its weight.
    /// - Precondition: the network is one 1 × 1 identity layer.
    public var linearGeneratorParameters: (mean: Double, scale: Double) {
        precondition(
            layerCount == 1 && activations[0] == .identity && parameters[0].rows == 1 && parameters[0].columns == 1,
            "not a linear generator: one 1 × 1 identity layer")
        return (parameters[1].values[0], parameters[0].values[0])
    }
}
