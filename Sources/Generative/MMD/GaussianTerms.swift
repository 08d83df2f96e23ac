import GenerativeKernels

/// The row evaluation shared by `GaussianKernel` and `SumOfGaussiansKernel`:
///
///     κ(r²) = Σ_b exp(−γ_b r²) = Σ_b 2^(−c_b r²),      κ′(r²) = −Σ_b γ_b exp(−γ_b r²),
///
/// with γ_b = 1/(2σ_b²) and c_b = γ_b·log₂e, so that each term is one power of two of a
/// multiple of r² (the multiplier −c_b is stored with its sign, which saves a negation per
/// term and gives the same bits). The C library's `exp` works on one number at a time, and a
/// call per kernel value would cost more than everything else an MMD does together; a whole
/// row goes instead to the kernel `gk_gaussian_terms`, which evaluates 2ᵗ with Cephes'
/// rational approximation in vector registers (relative error below 2e-16, exactly 0 below
/// 2⁻¹⁰²²), in the widest build the processor has. Every build gives the bits of
/// `Reference.gaussianTerms` (which GANBOOK_KERNELS=reference runs instead), and the scalar
/// functions call the same kernel on one distance, so a kernel value does not depend on
/// whether it was computed alone or as part of a row, nor on the machine.
package struct GaussianTerms: Sendable {
    /// γ_b = 1/(2σ_b²).
    package let rates: [Double]
    /// −c_b = −γ_b·log₂e.
    package let exponentScales: [Double]

    package init(bandwidths: [Double]) {
        precondition(!bandwidths.isEmpty, "a Gaussian kernel needs at least one bandwidth")
        precondition(
            bandwidths.allSatisfy { $0 > 0 && $0.isFinite }, "a bandwidth must be positive and finite")
        rates = bandwidths.map { 1 / (2 * $0 * $0) }
        exponentScales = rates.map { -($0 * 1.442_695_040_888_963_407_36) }
    }

    package func value(squaredDistance r2: Double) -> Double {
        var value = r2
        withUnsafeMutablePointer(to: &value) { values(overwriting: UnsafeMutableBufferPointer(start: $0, count: 1)) }
        return value
    }

    package func valueAndSlope(squaredDistance r2: Double) -> (value: Double, slope: Double) {
        var value = r2, slope = 0.0
        withUnsafeMutablePointer(to: &value) { value in
            withUnsafeMutablePointer(to: &slope) { slope in
                valuesAndSlopes(
                    overwriting: UnsafeMutableBufferPointer(start: value, count: 1),
                    slopes: UnsafeMutableBufferPointer(start: slope, count: 1))
            }
        }
        return (value, slope)
    }

    package func values(overwriting buffer: UnsafeMutableBufferPointer<Double>) {
        evaluate(buffer, slopes: nil)
    }

    package func valuesAndSlopes(
        overwriting buffer: UnsafeMutableBufferPointer<Double>, slopes: UnsafeMutableBufferPointer<Double>
    ) {
        precondition(slopes.count >= buffer.count, "one slope per squared distance")
        evaluate(buffer, slopes: slopes.baseAddress)
    }

    private func evaluate(_ buffer: UnsafeMutableBufferPointer<Double>, slopes: UnsafeMutablePointer<Double>?) {
        guard let base = buffer.baseAddress else { return }
        if KernelBuild.inUse == .reference {
            for j in buffer.indices {
                let terms = Reference.gaussianTerms(squaredDistance: buffer[j], scales: exponentScales, rates: rates)
                buffer[j] = terms.value
                slopes?[j] = terms.slope
            }
            return
        }
        exponentScales.withUnsafeBufferPointer { scales in
            rates.withUnsafeBufferPointer { rates in
                gk_gaussian_terms(scales.baseAddress, rates.baseAddress, scales.count, base, slopes, buffer.count)
            }
        }
    }
}

/// A kernel whose κ is a `GaussianTerms`: `GaussianKernel` (one term) and
/// `SumOfGaussiansKernel` (several). They differ only in how they are made and named; the
/// four functions of `RadialKernel` are written once, here, as those of their terms.
protocol GaussianTermsKernel: RadialKernel {
    var terms: GaussianTerms { get }
}

extension GaussianTermsKernel {
    public func value(squaredDistance: Double) -> Double {
        terms.value(squaredDistance: squaredDistance)
    }

    public func valueAndSlope(squaredDistance: Double) -> (value: Double, slope: Double) {
        terms.valueAndSlope(squaredDistance: squaredDistance)
    }

    public func values(overwriting buffer: UnsafeMutableBufferPointer<Double>) {
        terms.values(overwriting: buffer)
    }

    public func valuesAndSlopes(
        overwriting buffer: UnsafeMutableBufferPointer<Double>, slopes: UnsafeMutableBufferPointer<Double>
    ) {
        terms.valuesAndSlopes(overwriting: buffer, slopes: slopes)
    }
}
