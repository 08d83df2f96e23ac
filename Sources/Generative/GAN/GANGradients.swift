// The two gradient computations of a GAN, as pure functions of the networks and the batches:
// the trainer calls them, and the tests check them against finite differences.

/// The discriminator's loss on real samples x and generated samples G(z), and its gradients
/// with respect to D's parameters: the cross-entropy for a discriminator, `criticLoss` for a
/// Wasserstein critic (`adversary`). Both batches go through D in one forward pass, real rows
/// first, so one dropout mask (if D has dropout) covers the whole pass.
/// - Precondition: both batches have D's input width and at least one row.
public func discriminatorLossAndGradients(
    discriminator: MLP, real: Matrix, generated: Matrix, adversary: Adversary = .discriminator,
    dropoutGenerator: inout some RandomNumberGenerator
) -> (value: Double, gradients: [Matrix], meanRealProbability: Double, meanFakeProbability: Double) {
    var pass = DiscriminatorPass()
    let loss = discriminatorLossAndGradients(
        discriminator: discriminator, real: real, generated: generated, adversary: adversary,
        dropoutGenerator: &dropoutGenerator, into: &pass)
    return (loss.value, pass.backward.gradients.parameters, loss.meanRealProbability, loss.meanFakeProbability)
}

/// The same with D in evaluation mode, as it stands, without dropout: the loss and gradients of
/// a discriminator that has no dropout, or of one looked at between training steps, with no
/// random numbers to supply.
public func discriminatorLossAndGradients(
    discriminator: MLP, real: Matrix, generated: Matrix, adversary: Adversary = .discriminator
) -> (value: Double, gradients: [Matrix], meanRealProbability: Double, meanFakeProbability: Double) {
    var pass = DiscriminatorPass()
    let loss = discriminatorLossAndGradients(
        discriminator: discriminator, real: real, generated: generated, adversary: adversary, into: &pass
    ) { batch, trace in
        discriminator.forward(batch, into: &trace)
    }
    return (loss.value, pass.backward.gradients.parameters, loss.meanRealProbability, loss.meanFakeProbability)
}

/// The storage of the discriminator's gradient computation, reused from one update to the next:
/// the stacked batch, D's trace, the loss's gradient and D's backward pass (whose `gradients`
/// are the result).
struct DiscriminatorPass {
    var batch = Matrix.empty
    var trace = MLP.Trace.empty
    var logitGradient = Matrix.empty
    var backward = MLP.Backward()
}

/// `discriminatorLossAndGradients` into the storage of `pass`, D in training mode.
func discriminatorLossAndGradients(
    discriminator: MLP, real: Matrix, generated: Matrix, adversary: Adversary,
    dropoutGenerator: inout some RandomNumberGenerator, into pass: inout DiscriminatorPass
) -> (value: Double, meanRealProbability: Double, meanFakeProbability: Double) {
    discriminatorLossAndGradients(discriminator: discriminator, real: real, generated: generated, adversary: adversary,
                                  into: &pass) { batch, trace in
        discriminator.forward(batch, into: &trace, dropoutGenerator: &dropoutGenerator)
    }
}

/// `discriminatorLossAndGradients` into the storage of `pass`, with D's forward pass (in training
/// or evaluation mode) given by `forward`.
func discriminatorLossAndGradients(
    discriminator: MLP, real: Matrix, generated: Matrix, adversary: Adversary, into pass: inout DiscriminatorPass,
    throughDiscriminator forward: (Matrix, inout MLP.Trace) -> Void
) -> (value: Double, meanRealProbability: Double, meanFakeProbability: Double) {
    Matrix.stack(real, generated, into: &pass.batch)
    forward(pass.batch, &pass.trace)
    let loss = adversary.loss(outputs: pass.trace.output, realCount: real.rows, gradient: &pass.logitGradient)
    discriminator.backpropagate(
        pass.trace, gradOutput: pass.logitGradient, into: &pass.backward, parameterGradients: true, inputGradient: false)
    return loss
}

/// The generator's loss on noise z and its gradients with respect to G's parameters, by the
/// chain rule through the discriminator:
///
///     ∂L/∂θ_G = (∂G(z)/∂θ_G)ᵀ · ∂L/∂x |_{x = G(z)},   ∂L/∂x = (∂ℓ/∂x)ᵀ · ∂L/∂ℓ,
///
/// that is, D's backward pass from the loss's logit gradient down to D's *input* (D's own
/// parameters are not differentiated: `inputGradient`), then G's backward pass from there.
/// This is how the discriminator teaches the generator: ∂L/∂x says, for each generated
/// sample, which way D would find it more real. Also returns the batch G(z). D runs in
/// training mode: if it has dropout, its masks are drawn from `dropoutGenerator`. Against a
/// Wasserstein critic (`adversary`) the loss is `wassersteinGeneratorLoss` and `loss` is unused.
/// - Precondition: z has G's input width; G's output width is D's input width.
public func generatorLossAndGradients(
    generator: MLP, discriminator: MLP, noise z: Matrix, loss: GeneratorLoss, adversary: Adversary = .discriminator,
    dropoutGenerator: inout some RandomNumberGenerator
) -> (value: Double, gradients: [Matrix], generated: Matrix) {
    var pass = GeneratorPass()
    let value = generatorLossAndGradients(
        generator: generator, discriminator: discriminator, noise: z, loss: loss, adversary: adversary, into: &pass
    ) { x, trace in
        discriminator.forward(x, into: &trace, dropoutGenerator: &dropoutGenerator)
    }
    return (value, pass.generatorBackward.gradients.parameters, pass.generatorTrace.output)
}

/// The same with D in evaluation mode, as it stands, without dropout: the generator's signal
/// from a discriminator that has no dropout, or from one looked at between training steps.
public func generatorLossAndGradients(
    generator: MLP, discriminator: MLP, noise z: Matrix, loss: GeneratorLoss, adversary: Adversary = .discriminator
) -> (value: Double, gradients: [Matrix], generated: Matrix) {
    var pass = GeneratorPass()
    let value = generatorLossAndGradients(
        generator: generator, discriminator: discriminator, noise: z, loss: loss, adversary: adversary, into: &pass
    ) { x, trace in
        discriminator.forward(x, into: &trace)
    }
    return (value, pass.generatorBackward.gradients.parameters, pass.generatorTrace.output)
}

/// The storage of the generator's gradient computation, reused from one update to the next:
/// G's and D's traces, the loss's gradient, D's backward pass to its input and G's backward
/// pass (whose `gradients` are the result; G(z) is `generatorTrace.output`).
struct GeneratorPass {
    var generatorTrace = MLP.Trace.empty
    var discriminatorTrace = MLP.Trace.empty
    var logitGradient = Matrix.empty
    var discriminatorBackward = MLP.Backward()
    var generatorBackward = MLP.Backward()
}

/// `generatorLossAndGradients` into the storage of `pass`, with D's forward pass (in training
/// or evaluation mode) given by `forward`. Returns L_G.
func generatorLossAndGradients(
    generator: MLP, discriminator: MLP, noise z: Matrix, loss: GeneratorLoss, adversary: Adversary,
    into pass: inout GeneratorPass, throughDiscriminator forward: (Matrix, inout MLP.Trace) -> Void
) -> Double {
    generator.forward(z, into: &pass.generatorTrace)
    forward(pass.generatorTrace.output, &pass.discriminatorTrace)
    let value = adversary.generatorLoss(loss, outputs: pass.discriminatorTrace.output, gradient: &pass.logitGradient)
    discriminator.backpropagate(
        pass.discriminatorTrace, gradOutput: pass.logitGradient, into: &pass.discriminatorBackward,
        parameterGradients: false)
    generator.backpropagate(
        pass.generatorTrace, gradOutput: pass.discriminatorBackward.gradients.input, into: &pass.generatorBackward,
        parameterGradients: true, inputGradient: false)
    return value
}
