// The two gradient computations of a GAN, as pure functions of the networks and the batches:
// the trainer calls them, and the tests check them against finite differences.

/// The discriminator's loss on real samples x and generated samples G(z), and its gradients
/// with respect to D's parameters. Both batches go through D in one forward pass, real rows
/// first, so one dropout mask (if D has dropout) covers the whole pass.
/// - Precondition: both batches have D's input width and at least one row.
public func discriminatorLossAndGradients(
    discriminator: MLP, real: Matrix, generated: Matrix,
    dropoutGenerator: inout some RandomNumberGenerator
) -> (value: Double, gradients: [Matrix], meanRealProbability: Double, meanFakeProbability: Double) {
    let batch = Matrix(stacking: real, generated)
    let (logits, trace) = discriminator.forward(batch, dropoutGenerator: &dropoutGenerator)
    let loss = discriminatorLoss(logits: logits, realCount: real.rows)
    let gradients = discriminator.backward(trace, gradOutput: loss.gradient).parameters
    return (loss.value, gradients, loss.meanRealProbability, loss.meanFakeProbability)
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
/// training mode: if it has dropout, its masks are drawn from `dropoutGenerator`.
/// - Precondition: z has G's input width; G's output width is D's input width.
public func generatorLossAndGradients(
    generator: MLP, discriminator: MLP, noise z: Matrix, loss: GeneratorLoss,
    dropoutGenerator: inout some RandomNumberGenerator
) -> (value: Double, gradients: [Matrix], generated: Matrix) {
    generatorLossAndGradients(generator: generator, discriminator: discriminator, noise: z, loss: loss) {
        discriminator.forward($0, dropoutGenerator: &dropoutGenerator)
    }
}

/// The same with D in evaluation mode, as it stands, without dropout: the generator's signal
/// from a discriminator that has no dropout, or from one looked at between training steps.
public func generatorLossAndGradients(
    generator: MLP, discriminator: MLP, noise z: Matrix, loss: GeneratorLoss
) -> (value: Double, gradients: [Matrix], generated: Matrix) {
    generatorLossAndGradients(generator: generator, discriminator: discriminator, noise: z, loss: loss) {
        discriminator.forward($0)
    }
}

private func generatorLossAndGradients(
    generator: MLP, discriminator: MLP, noise z: Matrix, loss: GeneratorLoss,
    throughDiscriminator forward: (Matrix) -> (output: Matrix, trace: MLP.Trace)
) -> (value: Double, gradients: [Matrix], generated: Matrix) {
    let (generated, generatorTrace) = generator.forward(z)
    let (logits, discriminatorTrace) = forward(generated)
    let (value, logitGradient) = loss.evaluate(logits: logits)
    let sampleGradient = discriminator.inputGradient(discriminatorTrace, gradOutput: logitGradient)
    let gradients = generator.backward(generatorTrace, gradOutput: sampleGradient).parameters
    return (value, gradients, generated)
}
