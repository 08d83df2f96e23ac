#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

// The losses of a GAN, on the discriminator's logits ℓ, with D = σ(ℓ) the probability it gives
// to "real". Goodfellow et al. (2014, "Generative adversarial nets", NeurIPS) set up the game
//
//     min_G max_D  V(D, G) = E_x log D(x) + E_z log(1 − D(G(z))).
//
// Each loss is written with softplus(t) = log(1 + eᵗ), so that −log σ(ℓ) = softplus(−ℓ) and
// −log(1 − σ(ℓ)) = softplus(ℓ): no logarithm of a probability that has rounded to 0 or 1.
// Each is a mean over the batch, and comes with its gradient with respect to the logits.

/// softplus(t) = log(1 + eᵗ) = max(t, 0) + log1p(e^(−|t|)), finite for every finite t.
@inline(__always)
public func softplus(_ t: Double) -> Double {
    max(t, 0) + log1p(exp(-abs(t)))
}

/// The discriminator's loss on a batch whose first `realCount` rows are real samples and the
/// rest generated ones, the negative of Algorithm 1's ascent objective:
///
///     L_D = −(1/m) Σᵢ log D(xᵢ) − (1/m′) Σⱼ log(1 − D(G(zⱼ)))
///         =  (1/m) Σᵢ softplus(−ℓᵢ) + (1/m′) Σⱼ softplus(ℓⱼ),
///
///     ∂L_D/∂ℓᵢ = (σ(ℓᵢ) − 1)/m (real),     ∂L_D/∂ℓⱼ = σ(ℓⱼ)/m′ (generated):
///
/// the sum of the binary cross-entropies of the real half against label 1 and of the
/// generated half against label 0, each averaged over its own half (as in the book's NumPy
/// reference, whose gradient is (σ(ℓ) − label)/B). Also returns the means of D over each half.
/// - Precondition: `logits` is a column with at least one real and one generated row.
public func discriminatorLoss(
    logits: Matrix, realCount: Int
) -> (value: Double, gradient: Matrix, meanRealProbability: Double, meanFakeProbability: Double) {
    var gradient = Matrix.empty
    let loss = discriminatorLoss(logits: logits, realCount: realCount, gradient: &gradient)
    return (loss.value, gradient, loss.meanRealProbability, loss.meanFakeProbability)
}

/// `discriminatorLoss(logits:realCount:)` with the gradient written into the storage of `gradient`.
func discriminatorLoss(
    logits: Matrix, realCount: Int, gradient: inout Matrix
) -> (value: Double, meanRealProbability: Double, meanFakeProbability: Double) {
    precondition(logits.columns == 1, "a discriminator has one output")
    let total = logits.rows
    precondition(realCount >= 1 && realCount < total, "the batch needs real and generated rows")
    let (m, mFake) = (Double(realCount), Double(total - realCount))
    gradient.reshape(rows: total, columns: 1)
    var (realLoss, fakeLoss, realD, fakeD) = (0.0, 0.0, 0.0, 0.0)
    logits.values.withUnsafeBufferPointer { l in
        gradient.withUnsafeMutableElements { g in
            for i in 0..<realCount {
                let d = logistic(l[i])
                realLoss += softplus(-l[i])
                realD += d
                g[i] = -logistic(-l[i]) / m  // σ(ℓ) − 1, without cancellation near σ = 1
            }
            for j in realCount..<total {
                let d = logistic(l[j])
                fakeLoss += softplus(l[j])
                fakeD += d
                g[j] = d / mFake
            }
        }
    }
    return (realLoss / m + fakeLoss / mFake, realD / m, fakeD / mFake)
}

/// The generator's objective, to be minimised.
public enum GeneratorLoss: Sendable, Hashable, CaseIterable {
    /// The minimax loss of the value function, L_G = (1/m) Σ log(1 − D(G(z))) = −(1/m) Σ
    /// softplus(ℓ), with ∂L_G/∂ℓ = −σ(ℓ)/m. Early in training D rejects the generated samples
    /// confidently, σ(ℓ) ≈ 0, and so does the gradient: the loss *saturates*.
    case saturating
    /// The loss Goodfellow et al. recommend in practice (§3): maximise log D(G(z)) instead,
    /// L_G = −(1/m) Σ log D(G(z)) = (1/m) Σ softplus(−ℓ), with ∂L_G/∂ℓ = (σ(ℓ) − 1)/m, which is
    /// largest exactly when D rejects the samples. Same fixed point, strong early gradients.
    case nonSaturating

    /// L_G and ∂L_G/∂ℓ for the logits D gives a batch of generated samples.
    /// - Precondition: `logits` is a column with at least one row.
    public func evaluate(logits: Matrix) -> (value: Double, gradient: Matrix) {
        var gradient = Matrix.empty
        let value = evaluate(logits: logits, gradient: &gradient)
        return (value, gradient)
    }

    /// `evaluate(logits:)` with the gradient written into the storage of `gradient`.
    func evaluate(logits: Matrix, gradient: inout Matrix) -> Double {
        precondition(logits.columns == 1 && logits.rows >= 1, "a discriminator has one output")
        let m = Double(logits.rows)
        gradient.reshape(rows: logits.rows, columns: 1)
        var sum = 0.0
        logits.values.withUnsafeBufferPointer { l in
            gradient.withUnsafeMutableElements { g in
                for i in l.indices {
                    switch self {
                    case .saturating:
                        sum -= softplus(l[i])
                        g[i] = -logistic(l[i]) / m
                    case .nonSaturating:
                        sum += softplus(-l[i])
                        g[i] = -logistic(-l[i]) / m
                    }
                }
            }
        }
        return sum / m
    }
}
