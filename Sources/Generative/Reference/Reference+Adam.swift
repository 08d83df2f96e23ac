extension Reference {
    /// One step of Adam on the parameters θ, one at a time, as `Adam` defines it:
    ///
    ///     gᵢ ← gᵢ + λθᵢ,   mᵢ ← β₁mᵢ + (1 − β₁)gᵢ,   vᵢ ← β₂vᵢ + (1 − β₂)gᵢ²,
    ///     θᵢ ← θᵢ − η·(mᵢ·c₁)/(√(vᵢ·c₂) + ε),
    ///
    /// with the bias corrections c₁ = 1/(1 − β₁ᵗ) and c₂ = 1/(1 − β₂ᵗ) of step t. The kernel
    /// `gk_adam_step` gives these bits in every build.
    /// - Precondition: θ, m, v and g have the same shape.
    package static func adamStep(_ step: AdamStep, theta: inout Matrix, m: inout Matrix, v: inout Matrix, g: Matrix) {
        precondition(m.shape == theta.shape && v.shape == theta.shape && g.shape == theta.shape)
        for i in theta.values.indices {
            let gi = g[flat: i] + step.weightDecay * theta[flat: i]
            m[flat: i] = step.beta1 * m[flat: i] + (1 - step.beta1) * gi
            v[flat: i] = step.beta2 * v[flat: i] + (1 - step.beta2) * gi * gi
            let mHat = m[flat: i] * step.correction1
            let vHat = v[flat: i] * step.correction2
            theta[flat: i] -= step.learningRate * mHat / (vHat.squareRoot() + step.epsilon)
        }
    }
}
