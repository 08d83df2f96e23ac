/// What plays against the generator, and so which game a `GANTrainer` plays.
public enum Adversary: Sendable, Hashable {
    /// A discriminator D = σ(ℓ) trained by the cross-entropy of Goodfellow et al. (2014); the
    /// generator minimises its `GeneratorLoss`. At the optimal D the game measures the
    /// Jensen–Shannon divergence.
    case discriminator
    /// A Wasserstein critic f (Arjovsky, Chintala & Bottou, "Wasserstein generative adversarial
    /// networks", ICML 2017), whose output is a score, not a probability. The critic minimises
    /// `criticLoss`, the generator `wassersteinGeneratorLoss`; after every update of the critic
    /// each of its parameters is clipped to [−c, c] (`clip`), which keeps f Lipschitz with a
    /// constant fixed by c and the architecture. At the best such critic the game measures a
    /// multiple of the Wasserstein-1 distance (Kantorovich–Rubinstein duality).
    case wassersteinCritic(clip: Double)

    /// The adversary's loss on a batch of outputs whose first `realCount` rows are real
    /// samples, with its gradient written into `gradient`; and the means of σ(output) on the
    /// two halves (D's probabilities for a discriminator; for a critic a monotone summary of
    /// its scores, recorded the same way).
    func loss(outputs: Matrix, realCount: Int, gradient: inout Matrix)
        -> (value: Double, meanRealProbability: Double, meanFakeProbability: Double)
    {
        switch self {
        case .discriminator: discriminatorLoss(logits: outputs, realCount: realCount, gradient: &gradient)
        case .wassersteinCritic: criticLoss(scores: outputs, realCount: realCount, gradient: &gradient)
        }
    }

    /// The generator's loss on the adversary's outputs for a generated batch, and its gradient:
    /// `loss` for a discriminator, `wassersteinGeneratorLoss` for a critic.
    func generatorLoss(_ loss: GeneratorLoss, outputs: Matrix, gradient: inout Matrix) -> Double {
        switch self {
        case .discriminator: loss.evaluate(logits: outputs, gradient: &gradient)
        case .wassersteinCritic: wassersteinGeneratorLoss(scores: outputs, gradient: &gradient)
        }
    }

    /// What follows the adversary's update: nothing for a discriminator, the clipping of every
    /// parameter to [−c, c] for a critic.
    func constrain(_ network: inout MLP) {
        if case .wassersteinCritic(let clip) = self { network.clipParameters(to: clip) }
    }
}
