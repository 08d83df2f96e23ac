extension MLP {
    /// Clips every weight and bias to [−c, c], the Lipschitz constraint of the original
    /// Wasserstein GAN critic (Arjovsky, Chintala & Bottou 2017). With |wᵢⱼ| ≤ c a layer of
    /// fan-in n maps inputs with a gain of at most n·c (in the ∞-norm), and ReLU and the
    /// identity have gain 1, so the network is Lipschitz with a constant of at most the
    /// product of n·c over its layers: crude, but bounded.
    /// - Precondition: c > 0.
    public mutating func clipParameters(to c: Double) {
        precondition(c > 0, "a clipping bound is positive")
        for index in parameters.indices {
            parameters[index].withUnsafeMutableElements { values in
                for i in values.indices { values[i] = min(c, max(-c, values[i])) }
            }
        }
    }
}
