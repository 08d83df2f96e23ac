import Foundation
import Generative
import Testing

@Suite struct GANLossTests {
    /// Real logits (0, ln 3) give D = (1/2, 3/4), generated logits (0, −ln 3) give D = (1/2, 1/4):
    ///   L_D = mean(ln 2, ln 4/3) + mean(ln 2, ln 4/3) = ln(8/3) = 0.9808292530117262,
    ///   ∂L_D/∂ℓ = (D − 1)/2 on the real rows = (−1/4, −1/8), D/2 on the generated = (1/4, 1/8),
    ///   mean D(real) = 5/8, mean D(fake) = 3/8.
    @Test func discriminatorLossHandComputed() {
        let logits = Matrix(rows: 4, columns: 1, values: [0, log(3), 0, -log(3)])
        let loss = discriminatorLoss(logits: logits, realCount: 2)
        #expect(abs(loss.value - 0.9808292530117262) < 1e-15)
        for (g, expected) in zip(loss.gradient.values, [-0.25, -0.125, 0.25, 0.125]) {
            #expect(abs(g - expected) < 1e-16)
        }
        #expect(abs(loss.meanRealProbability - 0.625) < 1e-16)
        #expect(abs(loss.meanFakeProbability - 0.375) < 1e-16)
    }

    /// Generated logits (0, −ln 3), D = (1/2, 1/4):
    ///   saturating:     mean log(1 − D) = ln(3/8)/2 = −0.4904146265058631, gradient −D/2 = (−1/4, −1/8);
    ///   non-saturating: −mean log D    = ln(8)/2   =  1.0397207708399179, gradient (D − 1)/2 = (−1/4, −3/8).
    @Test func generatorLossesHandComputed() {
        let logits = Matrix(rows: 2, columns: 1, values: [0, -log(3)])
        let saturating = GeneratorLoss.saturating.evaluate(logits: logits)
        let nonSaturating = GeneratorLoss.nonSaturating.evaluate(logits: logits)
        #expect(abs(saturating.value - -0.4904146265058631) < 1e-15)
        #expect(abs(nonSaturating.value - 1.0397207708399179) < 1e-15)
        #expect(zip(saturating.gradient.values, [-0.25, -0.125]).allSatisfy { abs($0 - $1) < 1e-16 })
        #expect(zip(nonSaturating.gradient.values, [-0.25, -0.375]).allSatisfy { abs($0 - $1) < 1e-16 })
    }

    /// Why the non-saturating loss trains early (Goodfellow et al. 2014, §3): when D rejects a
    /// generated sample confidently (ℓ = −10, D ≈ 4.5e-5) the saturating gradient all but
    /// vanishes, σ(ℓ) ≈ 4.5e-5, while the non-saturating one is σ(ℓ) − 1 ≈ −1. At extreme
    /// logits the losses stay finite and exact: softplus(800) = 800, softplus(−800) = 0, where
    /// the naive −log σ(−800) would be −log 0 = ∞.
    @Test func saturationAndStability() {
        let rejected = Matrix(rows: 1, columns: 1, values: [-10])
        #expect(abs(GeneratorLoss.saturating.evaluate(logits: rejected).gradient.values[0]) < 1e-4)
        #expect(abs(GeneratorLoss.nonSaturating.evaluate(logits: rejected).gradient.values[0] + 1) < 1e-4)
        let extreme = Matrix(rows: 2, columns: 1, values: [800, -800])
        let loss = discriminatorLoss(logits: extreme, realCount: 1)
        #expect(loss.value == 0)  // softplus(−800) twice: e^−800 underflows, nothing is lost
        let wrong = discriminatorLoss(logits: Matrix(rows: 2, columns: 1, values: [-800, 800]), realCount: 1)
        #expect(wrong.value == 1600)
        #expect(GeneratorLoss.nonSaturating.evaluate(logits: Matrix(rows: 1, columns: 1, values: [-800])).value == 800)
    }
}
