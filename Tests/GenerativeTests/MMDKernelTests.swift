import Foundation
import Generative
import Testing

/// A kernel that gives only `value` and `valueAndSlope`, so the estimators run on the
/// protocol's default row functions: the inverse multiquadric κ(r²) = (1 + r²)^(−1/2),
/// κ′(r²) = −½(1 + r²)^(−3/2).
struct InverseMultiquadricKernel: RadialKernel {
    func value(squaredDistance r2: Double) -> Double { 1 / (1 + r2).squareRoot() }
    func valueAndSlope(squaredDistance r2: Double) -> (value: Double, slope: Double) {
        let v = value(squaredDistance: r2)
        return (v, -0.5 * v * v * v)
    }
}

@Suite struct MMDKernelTests {
    /// The vectorised exponential against the C library's exp, over arguments t = r²/(2σ²) from
    /// 0 to 700: within 2 ulp plus the effect of rounding the argument. A relative error δ in t
    /// moves exp(−t) by t·δ; the kernel forms t with three roundings (1/(2σ²), ·log₂e, ·r²) and
    /// the reference with two (2σ², the division), at most 2⁻⁵³ each, so t·5·2⁻⁵³ < 3t ulp.
    @Test(arguments: [0.1, 1.0, 3.7])
    func gaussianMatchesLibraryExp(bandwidth: Double) {
        let kernel = GaussianKernel(bandwidth: bandwidth)
        var worst = 0.0
        for step in 0..<200_000 {
            let t = Double(step) * 0.0035  // up to 700
            let r2 = t * 2 * bandwidth * bandwidth
            let exact = exp(-r2 / (2 * bandwidth * bandwidth))
            let error = abs(kernel.value(squaredDistance: r2) - exact) / exact
            worst = max(worst, error / ((2 + 3 * t) * Double.ulpOfOne))
        }
        #expect(worst <= 1)
        #expect(kernel.value(squaredDistance: 0) == 1)
    }

    /// Below the smallest normal double a value is exactly 0, and so is κ(+∞), the padding of
    /// partial rows; NaN propagates.
    @Test func gaussianUnderflowsToZero() {
        let kernel = GaussianKernel(bandwidth: 1)
        #expect(kernel.value(squaredDistance: 2 * 710) == 0)  // e^−710 < 2⁻¹⁰²²
        #expect(kernel.value(squaredDistance: 2 * 700) > 0)
        #expect(kernel.value(squaredDistance: .infinity) == 0)
        #expect(kernel.value(squaredDistance: .nan).isNaN)
    }

    /// κ′ = −κ/(2σ²) for the Gaussian, summed over the terms for the sum, and agreeing with
    /// central differences of κ in r².
    @Test func slopesAreDerivativesInSquaredDistance() {
        let kernel = SumOfGaussiansKernel(bandwidths: [0.3, 1, 4])
        for r2 in [0.0, 0.05, 0.7, 3.0, 20.0] {
            let (value, slope) = kernel.valueAndSlope(squaredDistance: r2)
            let expected = [0.3, 1, 4].reduce(0.0) { $0 - exp(-r2 / (2 * $1 * $1)) / (2 * $1 * $1) }
            #expect(value == kernel.value(squaredDistance: r2))
            #expect(mmdRelativeError(slope, expected) < 1e-14)
            let h = 1e-6
            let numeric = (kernel.value(squaredDistance: r2 + h) - kernel.value(squaredDistance: max(r2 - h, 0)))
                / (r2 + h - max(r2 - h, 0))
            #expect(mmdRelativeError(slope, numeric) < 1e-5)
        }
    }

    /// The sum of Gaussians is the sum of its terms, and with one bandwidth it is the Gaussian
    /// kernel bit for bit.
    @Test func sumOfGaussiansIsTheSumOfItsTerms() {
        let bandwidths = [0.1, 0.5, 1, 2, 5, 10]
        let sum = SumOfGaussiansKernel(bandwidths: bandwidths)
        for r2 in stride(from: 0.0, through: 30, by: 0.37) {
            let terms = bandwidths.reduce(0.0) { $0 + GaussianKernel(bandwidth: $1).value(squaredDistance: r2) }
            #expect(mmdRelativeError(sum.value(squaredDistance: r2), terms) < 1e-15)
            #expect(
                SumOfGaussiansKernel(bandwidths: [0.7]).valueAndSlope(squaredDistance: r2)
                    == GaussianKernel(bandwidth: 0.7).valueAndSlope(squaredDistance: r2))
        }
        #expect(sum.value(squaredDistance: 0) == 6)
    }

    /// A row evaluated in four-lane groups with a padded tail gives exactly the values and
    /// slopes of the scalar functions, for every row length's remainder mod 4.
    @Test(arguments: 0...9)
    func rowsMatchScalarEvaluation(length: Int) {
        let kernel = SumOfGaussiansKernel(bandwidths: [0.5, 2])
        let r2 = (0..<length).map { Double($0) * 0.83 }
        var values = r2
        values.withUnsafeMutableBufferPointer { kernel.values(overwriting: $0) }
        var both = r2
        var slopes = [Double](repeating: .nan, count: length)
        both.withUnsafeMutableBufferPointer { b in
            slopes.withUnsafeMutableBufferPointer { kernel.valuesAndSlopes(overwriting: b, slopes: $0) }
        }
        #expect(values == r2.map { kernel.value(squaredDistance: $0) })
        #expect(both == values)
        #expect(slopes == r2.map { kernel.valueAndSlope(squaredDistance: $0).slope })
    }

    /// The points' forms of the kernel: k(x, y) from coordinates and on the line.
    @Test func pointFormsUseTheSquaredDistance() {
        let kernel = GaussianKernel(bandwidth: 2)
        #expect(kernel([1, 2], [4, 6]) == kernel.value(squaredDistance: 25))
        #expect(kernel(1.5, -0.5) == kernel.value(squaredDistance: 4))
        #expect(mmdRelativeError(kernel(1.5, -0.5), exp(-0.5)) < 1e-15)
        #expect("\(kernel)" == "GaussianKernel(bandwidth: 2.0)")
        #expect("\(SumOfGaussiansKernel(bandwidths: [1, 5]))" == "SumOfGaussiansKernel(bandwidths: [1.0, 5.0])")
    }
}
