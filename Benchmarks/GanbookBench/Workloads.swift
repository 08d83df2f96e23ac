import BenchmarkWorkloads
import Generative

// The workloads, each a closure that does one iteration of the work timed. Set-up
// (networks, fixed samples) happens once, outside the closure.

/// Multiply-adds of one `gan-step` as `numpy_reference.py` does it. One forward pass of a
/// [1, 256, 256, 1] network costs 256 + 256·256 + 256 = 66 048 multiply-adds per row, and a
/// full backward pass twice that (each layer's weight gradient Xᵀ·δ and input gradient δ·Wᵀ
/// are each the size of its forward product). The reference runs, per step,
///
///     G forward (64 rows), D forward (128), D backward (128),
///     G forward (64), D forward (64), D backward (64), G backward (64),
///
/// that is 320 forward rows and 256 backward rows: (320 + 2·256)·66 048 = 54 951 936
/// multiply-adds, 109.9 MFLOP (two flops each). The Swift step skips D's weight gradients in
/// the generator's update (`MLP.inputGradient`), 4.2 M multiply-adds fewer, but GFLOP/s is
/// quoted for the reference's count so that the two sides are comparable.
let ganStepMultiplyAdds = (320 + 2 * 256) * (256 + 256 * 256 + 256)

/// One discriminator update and one generator update of the reference's GAN: both networks
/// Linear(1, 256)–ReLU–Linear(256, 256)–ReLU–Linear(256, 1), batch 64, Adam(1e-3, β = (0.5,
/// 0.999)), cross-entropy on logits, the non-saturating generator loss, and the data
/// ±2 + 0.5·N(0, 1) with equally likely signs.
func ganStep() -> () -> Void {
    var trainer = GANTrainer.numPyReference(seed: 0)
    return { blackHole(trainer.step()) }
}

/// The products of one `gan-step` through its 256 × 256 hidden layers, alone, into matrices
/// reused from call to call: what the step would cost if nothing else in it (the narrow first
/// and last layers, activations, losses, Adam, handing work to the second core) took any time.
/// That is a floor under the step's time, so NumPy's step time over it bounds the ratio that
/// the kernel as it is could reach. As `GANTrainer.step` runs them:
///
///     X·W:  G forward (64 rows), D forward (128), G forward (64), D forward (64);
///     Xᵀ·δ: D's weight gradient (128), G's (64);
///     δ·Wᵀ: D's input gradient (128), D's (64, in the generator's update), G's (64).
func ganStepWideProducts() -> () -> Void {
    var rng = Xoshiro256StarStar(seed: 0)
    func random(_ rows: Int) -> Matrix {
        Matrix(rows: rows, columns: 256, values: (0..<rows * 256).map { _ in rng.nextUniform() - 0.5 })
    }
    let weights = random(256)
    let (x64, x128, delta64, delta128) = (random(64), random(128), random(64), random(128))
    var (out64, out128, weightGradient) = (Matrix.zeros(rows: 0, columns: 0), Matrix.zeros(rows: 0, columns: 0), Matrix.zeros(rows: 0, columns: 0))
    return {
        multiply(x64, weights, into: &out64)
        multiply(x128, weights, into: &out128)
        multiply(x64, weights, into: &out64)
        multiply(x64, weights, into: &out64)
        multiplyTransposedLeft(x128, delta128, into: &weightGradient)
        multiplyTransposedLeft(x64, delta64, into: &weightGradient)
        multiplyTransposedRight(delta128, weights, into: &out128)
        multiplyTransposedRight(delta64, weights, into: &out64)
        multiplyTransposedRight(delta64, weights, into: &out64)
        blackHole((out64, out128, weightGradient))
    }
}

/// The reference's `mmd_step`: a fresh sample of 512 standard normals y against a fixed
/// sample of 512 standard normals x, the biased MMD² with the sum of Gaussian kernels of
/// bandwidths 0.1, 0.5, 1, 2, 5 and 10, and its gradient with respect to y.
func mmdStep() -> () -> Void {
    var rng = Xoshiro256StarStar(seed: 0)
    let real = (0..<512).map { _ in Normal.standard.sample(using: &rng) }
    let kernel = SumOfGaussiansKernel(bandwidths: [0.1, 0.5, 1, 2, 5, 10])
    return {
        let generated = (0..<512).map { _ in Normal.standard.sample(using: &rng) }
        blackHole(mmdSquaredWithGradient(real: real, generated: generated, kernel: kernel, estimator: .biased))
    }
}

/// How many values one iteration of `uniforms` and of `normalQuantiles` produces.
let uniformCount = 10_000_000
let quantileCount = 1_000_000

/// 10⁷ doubles on [0, 1) from eight interleaved xoshiro256** streams
/// (`InterleavedXoshiro256StarStar.fillUniform`, the vector kernel), written 5 000 at a time
/// to a buffer that stays in the L1 cache: this times the generator, not the memory bus (an
/// 80 MB array would).
func interleavedUniforms() -> () -> Void {
    var rng = InterleavedXoshiro256StarStar(seed: 0)
    return timedInChunks { chunk in rng.fillUniform(chunk) }
}

/// The same from one xoshiro256** stream, `nextUniform()` at a time: the speed of the
/// dependent chain of states that the interleaved generator sidesteps.
func singleStreamUniforms() -> () -> Void {
    var rng = Xoshiro256StarStar(seed: 0)
    return timedInChunks { chunk in
        for i in chunk.indices { chunk[i] = rng.nextUniform() }
    }
}

/// An iteration that calls `fill` on a 5 000-double buffer until it has written
/// `uniformCount` values.
private func timedInChunks(_ fill: @escaping (UnsafeMutableBufferPointer<Double>) -> Void) -> () -> Void {
    var chunk = [Double](repeating: 0, count: 5_000)
    return {
        chunk.withUnsafeMutableBufferPointer { chunk in
            for _ in 0..<(uniformCount / chunk.count) {
                fill(chunk)
                blackHole(chunk)
            }
        }
    }
}

/// Φ⁻¹(p) for 10⁶ uniform probabilities drawn once, ahead of the timing, so that only the
/// quantile function is measured, written to an array allocated once. It times the batch
/// form, `standardNormalQuantiles(_:into:)`, the one to use for many quantiles: it gives the
/// bits of `standardNormalQuantile` for each p, which one call at a time takes about 1.5
/// times as long.
func normalQuantiles() -> () -> Void {
    var rng = Xoshiro256StarStar(seed: 0)
    let probabilities = (0..<quantileCount).map { _ in rng.nextOpenUniform() }
    var values = [Double](repeating: 0, count: quantileCount)
    return {
        probabilities.withUnsafeBufferPointer { probabilities in
            values.withUnsafeMutableBufferPointer { values in
                standardNormalQuantiles(probabilities, into: values)
            }
        }
        blackHole(values)
    }
}
