// The losses of a Wasserstein GAN (Arjovsky, Chintala & Bottou 2017, Algorithm 1), on the
// critic's scores f(x). By the Kantorovich–Rubinstein duality
//
//     W₁(P_data, P_g) = sup_{‖f‖_L ≤ 1}  E_data f(x) − E_g f(x),
//
// so the critic maximises the difference of its mean scores on real and generated samples
// over a set of Lipschitz functions, and the generator then minimises it, which only its second
// term depends on. Both losses are linear in the scores: their gradients are constants.

/// The critic's loss on a batch whose first `realCount` rows are real samples, the negative
/// of the estimate of W₁ (up to the Lipschitz constant):
///
///     L_C = (1/m′) Σⱼ f(G(zⱼ)) − (1/m) Σᵢ f(xᵢ),    ∂L_C/∂fᵢ = −1/m (real),  ∂L_C/∂fⱼ = 1/m′ (generated).
/// - Precondition: `scores` is a column with at least one real and one generated row.
public func criticLoss(scores: Matrix, realCount: Int) -> (value: Double, gradient: Matrix) {
    var gradient = Matrix.empty
    let loss = criticLoss(scores: scores, realCount: realCount, gradient: &gradient)
    return (loss.value, gradient)
}

/// `criticLoss(scores:realCount:)` into the storage of `gradient`, with the means of σ(f) on
/// each half, which the trainer records.
func criticLoss(scores: Matrix, realCount: Int, gradient: inout Matrix)
    -> (value: Double, meanRealProbability: Double, meanFakeProbability: Double)
{
    precondition(scores.columns == 1, "a critic has one output")
    let total = scores.rows
    precondition(realCount >= 1 && realCount < total, "the batch needs real and generated rows")
    let (m, mFake) = (Double(realCount), Double(total - realCount))
    gradient.reshape(rows: total, columns: 1)
    var (realSum, fakeSum, realSquashed, fakeSquashed) = (0.0, 0.0, 0.0, 0.0)
    scores.values.withUnsafeBufferPointer { f in
        gradient.withUnsafeMutableElements { g in
            for i in 0..<realCount {
                realSum += f[i]
                realSquashed += logistic(f[i])
                g[i] = -1 / m
            }
            for j in realCount..<total {
                fakeSum += f[j]
                fakeSquashed += logistic(f[j])
                g[j] = 1 / mFake
            }
        }
    }
    return (fakeSum / mFake - realSum / m, realSquashed / m, fakeSquashed / mFake)
}

/// The generator's loss against a critic, L_G = −(1/m) Σ f(G(z)), with ∂L_G/∂fⱼ = −1/m: every
/// generated sample is pushed up the critic's slope with the same weight, however badly the
/// critic scores it, so the signal never saturates.
/// - Precondition: `scores` is a column with at least one row.
public func wassersteinGeneratorLoss(scores: Matrix) -> (value: Double, gradient: Matrix) {
    var gradient = Matrix.empty
    let value = wassersteinGeneratorLoss(scores: scores, gradient: &gradient)
    return (value, gradient)
}

/// `wassersteinGeneratorLoss(scores:)` into the storage of `gradient`.
func wassersteinGeneratorLoss(scores: Matrix, gradient: inout Matrix) -> Double {
    precondition(scores.columns == 1 && scores.rows >= 1, "a critic has one output")
    let m = Double(scores.rows)
    gradient.reshape(rows: scores.rows, columns: 1)
    gradient.withUnsafeMutableElements { g in
        for i in g.indices { g[i] = -1 / m }
    }
    return -scores.values.reduce(0, +) / m
}
