#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

// Losses for a batch, each returned with its gradient with respect to the prediction so
// that it can start the backward pass. Both average over every element of the batch
// (examples × outputs), so the gradient carries a factor 1/N and the learning rate does
// not depend on the batch size.

/// The mean squared error L = (1/N) Σ (ŷ − y)², with ∂L/∂ŷ = 2(ŷ − y)/N.
/// - Precondition: `prediction` and `target` have the same shape.
public func meanSquaredError(
    prediction: Matrix, target: Matrix
) -> (value: Double, gradient: Matrix) {
    let difference = prediction - target
    let n = Double(difference.values.count)
    var sum = 0.0
    for d in difference.values { sum += d * d }
    return (sum / n, (2 / n) * difference)
}

/// Binary cross-entropy of targets y ∈ [0, 1] against logits z (σ(z) the predicted
/// probability), L = (1/N) Σ ℓ(z, y) with
///
///     ℓ = −y·log σ(z) − (1 − y)·log(1 − σ(z)) = max(z, 0) − z·y + log1p(e^−|z|),
///
/// the second form being the stable one: the naive form takes log 0 = −∞ once σ(z) rounds
/// to 0 or 1 (|z| ≳ 37), while here the exponential is never of a positive number and
/// log1p keeps the small term accurate. The gradient is ∂ℓ/∂z = σ(z) − y, computed as
/// (1 − y) − σ(−z) when z ≥ 0, so that near σ(z) = 1 the small difference is not lost
/// to cancellation (σ(−z) is accurate to a relative rounding error however small it is).
/// It is the loss of a binary classifier on logits, one mean over all N entries. The GAN's
/// losses are cross-entropies of the same kind, written for the game and averaged in their own
/// way (the discriminator's over the real and the generated halves of its batch separately):
/// see `discriminatorLoss` and `GeneratorLoss` in `GAN/GANLosses.swift`.
/// - Precondition: `logits` and `target` have the same shape.
public func binaryCrossEntropyWithLogits(
    logits: Matrix, target: Matrix
) -> (value: Double, gradient: Matrix) {
    precondition(logits.rows == target.rows && logits.columns == target.columns, "matrix shapes differ")
    let n = Double(logits.values.count)
    var sum = 0.0
    var gradient = [Double](repeating: 0, count: logits.values.count)
    for (i, (z, y)) in zip(logits.values, target.values).enumerated() {
        sum += max(z, 0) - z * y + log1p(exp(-abs(z)))
        gradient[i] = (z >= 0 ? (1 - y) - logistic(-z) : logistic(z) - y) / n
    }
    return (sum / n, Matrix(rows: logits.rows, columns: logits.columns, values: gradient))
}
