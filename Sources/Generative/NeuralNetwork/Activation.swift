#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// The elementwise nonlinearity a = g(z) that follows a layer's affine map z = x·W + b.
///
///     identity     g(z) = z                    g′ = 1
///     relu         g(z) = max(z, 0)            g′ = 1 if z > 0 else 0
///     leakyReLU(s) g(z) = z if z > 0 else s·z  g′ = 1 if z > 0 else s
///     tanh         g(z) = tanh z               g′ = 1 − a²
///     sigmoid      g(z) = 1/(1 + e⁻ᶻ)          g′ = a(1 − a)
///
/// The derivative is taken from whichever of z and a is cheaper: the pre-activation z for
/// the piecewise-linear ones, the output a for tanh and the sigmoid, whose derivatives are
/// polynomials in their value. (At the kink z = 0, relu and leaky ReLU use the left slope.)
///
/// The functions work on whole matrices, with the `switch` outside the loop, so the inner
/// loop is straight-line code over contiguous storage.
public enum Activation: Equatable, Sendable {
    case identity
    case relu
    case leakyReLU(slope: Double)
    case tanh
    case sigmoid

    /// Calls `body` with g as a function of one value, chosen once: each case hands `body` its
    /// own closure, so a loop in `body` is compiled once per activation with g inlined, and the
    /// `switch` stays outside the loop. The one place that spells out g.
    @inline(__always)
    private func withFunction<Result>(_ body: ((Double) -> Double) -> Result) -> Result {
        switch self {
        case .identity: body { $0 }
        case .relu: body { $0 > 0 ? $0 : 0 }
        case .leakyReLU(let slope): body { $0 > 0 ? $0 : slope * $0 }
        case .tanh: body(hyperbolicTangent)
        case .sigmoid: body(logistic)
        }
    }

    /// g(z) for one value.
    public func apply(_ z: Double) -> Double {
        withFunction { g in g(z) }
    }

    /// g′(z), given the pre-activation z and the output a = g(z).
    public func derivative(preActivation z: Double, output a: Double) -> Double {
        switch self {
        case .identity: 1
        case .relu: z > 0 ? 1 : 0
        case .leakyReLU(let slope): z > 0 ? 1 : slope
        case .tanh: 1 - a * a
        case .sigmoid: a * (1 - a)
        }
    }

    /// g applied to every element of Z.
    public func apply(_ z: Matrix) -> Matrix {
        if self == .identity { return z }
        var a = Matrix.zeros(rows: 0, columns: 0)
        apply(z, into: &a)
        return a
    }

    /// A ← g(Z), `apply(_:)` into A's storage (made the shape of Z if it is not).
    func apply(_ z: Matrix, into a: inout Matrix) {
        withFunction { g in z.map(into: &a, g) }
    }

    /// Z ← Z + 1·b, then A ← g(Z), in one pass over Z (`Matrix.addToEachRow(_:thenMap:into:)`):
    /// a layer's bias and activation after its product.
    func apply(addingBias bias: Matrix, to z: inout Matrix, into a: inout Matrix) {
        withFunction { g in z.addToEachRow(bias, thenMap: g, into: &a) }
    }

    /// ∂L/∂Z = ∂L/∂A ⊙ g′(Z), the chain rule through the activation for a whole batch.
    public func backward(gradOutput: Matrix, preActivation z: Matrix, output a: Matrix) -> Matrix {
        if self == .identity { return gradOutput }
        var gradient = Matrix.zeros(rows: 0, columns: 0)
        backward(gradOutput: gradOutput, preActivation: z, output: a, into: &gradient)
        return gradient
    }

    /// `backward(gradOutput:preActivation:output:)` into the storage of `gradient` (made the
    /// shape of ∂L/∂A if it is not).
    func backward(gradOutput: Matrix, preActivation z: Matrix, output a: Matrix, into gradient: inout Matrix) {
        switch self {
        case .identity: gradOutput.map(into: &gradient) { $0 }
        case .relu: gradOutput.combined(with: z, into: &gradient) { g, z in z > 0 ? g : 0 }
        case .leakyReLU(let slope): gradOutput.combined(with: z, into: &gradient) { g, z in z > 0 ? g : slope * g }
        case .tanh: gradOutput.combined(with: a, into: &gradient) { g, a in g * (1 - a * a) }
        case .sigmoid: gradOutput.combined(with: a, into: &gradient) { g, a in g * (a * (1 - a)) }
        }
    }
}

/// tanh z, under a name that the enum case `tanh` does not shadow.
private func hyperbolicTangent(_ z: Double) -> Double {
    tanh(z)
}

/// The logistic sigmoid σ(z) = 1/(1 + e⁻ᶻ), evaluated as e^z/(1 + e^z) for negative z so
/// that the exponential never overflows and small values keep their relative accuracy.
@usableFromInline
func logistic(_ z: Double) -> Double {
    if z >= 0 { return 1 / (1 + exp(-z)) }
    let e = exp(z)
    return e / (1 + e)
}
