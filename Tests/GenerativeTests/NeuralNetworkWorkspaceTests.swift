import Generative
import Testing

/// The passes that write into reused storage (`MLP.forward(_:into:)`, `MLP.backpropagate`),
/// which `GANTrainer` runs every step, against the allocating forms the chapters call.
@Suite struct NeuralNetworkWorkspaceTests {
    /// One trace and one backward pass reused through batches of changing size, with and
    /// without dropout, give at every pass the bits of a fresh pass; and a copy of an earlier
    /// result taken out of the reused storage keeps its values when the storage is overwritten
    /// (value semantics survive the in-place writes).
    @Test func reusedStorageGivesTheBitsOfFreshStorage() {
        var rng = Xoshiro256StarStar(seed: 3)
        let net = MLP(
            sizes: [2, 8, 8, 3], hidden: .tanh, output: .identity, initialization: .glorot,
            dropout: Dropout(rate: 0.3), generator: &rng)
        var trace = MLP.Trace.empty
        var pass = MLP.Backward()
        var kept: [(trace: MLP.Trace, expectedTrace: MLP.Trace, gradients: MLP.Gradients, expected: MLP.Gradients)] = []
        for (rows, training) in [(4, true), (4, true), (4, false), (7, true), (4, false), (4, true)] {
            let x = randomMatrix(rows, 2, &rng)
            let r = randomMatrix(rows, 3, &rng)
            var dropoutFresh = Xoshiro256StarStar(seed: UInt64(rows))
            var dropoutReused = dropoutFresh
            let fresh = training ? net.forward(x, dropoutGenerator: &dropoutFresh) : net.forward(x)
            if training {
                net.forward(x, into: &trace, dropoutGenerator: &dropoutReused)
            } else {
                net.forward(x, into: &trace)
            }
            #expect(trace == fresh.trace && trace.output == fresh.output)
            let expected = net.backward(fresh.trace, gradOutput: r)
            net.backpropagate(trace, gradOutput: r, into: &pass, parameterGradients: true)
            #expect(pass.gradients == expected)
            kept.append((trace, fresh.trace, pass.gradients, expected))
            net.backpropagate(trace, gradOutput: r, into: &pass, parameterGradients: false)
            #expect(pass.gradients.input == net.inputGradient(fresh.trace, gradOutput: r))
        }
        for (index, earlier) in kept.enumerated() {
            #expect(earlier.gradients == earlier.expected, "pass \(index)")
            #expect(earlier.trace == earlier.expectedTrace, "pass \(index)")
        }
    }
}
