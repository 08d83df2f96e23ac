import Foundation
import Generative
import GenerativeKernels
import Testing

/// Every build of the C kernels that this processor runs must return the bits of the plain
/// Swift definition in `Reference`: the book's recorded outputs depend on them, and a machine
/// with another vector width, or GANBOOK_KERNELS=reference, must reproduce them.
@Suite struct KernelBuildTests {
    /// The C builds this processor supports (the portable one always).
    static let builds = KernelBuild.allCases.filter { $0.isSupported && $0 != .reference }

    /// Shapes around the tile sizes of every build (4, 6 and 8 rows; 4, 8 and 16 columns),
    /// single rows, columns and depths, the gan-step's layers, and depths beyond one panel's
    /// 256 values of k (the sum resumed from C, once and twice), for panels copied (narrow or
    /// transposed) and read in place (whole panels of a row-major B, 17 × 513 × 48).
    static let shapes = [
        (1, 1, 1), (1, 7, 1), (3, 1, 5), (4, 4, 4), (5, 9, 3), (6, 3, 8), (7, 16, 9), (8, 5, 16),
        (9, 33, 17), (13, 2, 31), (16, 16, 33), (17, 8, 1), (64, 1, 256), (64, 256, 1), (64, 256, 256),
        (7, 257, 9), (13, 600, 21), (17, 513, 48),
    ]

    @Test(arguments: builds)
    func productsEqualTheReferenceTripleLoop(build: KernelBuild) {
        var rng = Xoshiro256StarStar(seed: 11)
        for (n, m, p) in Self.shapes {
            let a = randomMatrix(n, m, &rng)
            let b = randomMatrix(m, p, &rng)
            let expected = Reference.product(a, b).values.map(\.bitPattern)
            // Each operand plain and transposed: the same storage read through swapped strides.
            let aTransposed = a.transposed.values, bTransposed = b.transposed.values
            for (aValues, aStrides) in [(a.values, (m, 1)), (aTransposed, (1, n))] {
                for (bValues, bStrides) in [(b.values, (p, 1)), (bTransposed, (1, m))] {
                    // C is written as a block of a wider matrix: the three columns beyond it
                    // on every row must keep their marker.
                    let marker = -7.0, cRowStride = p + 3
                    var c = [Double](repeating: marker, count: n * cRowStride)
                    gk_multiply_isa(
                        build.isa, aValues, aStrides.0, aStrides.1, bValues, bStrides.0, bStrides.1, n, m, p,
                        &c, cRowStride)
                    let block = (0..<n).flatMap { i in c[i * cRowStride..<i * cRowStride + p] }
                    let outside = (0..<n).flatMap { i in c[i * cRowStride + p..<(i + 1) * cRowStride] }
                    #expect(block.map(\.bitPattern) == expected, "\(build) \(n)×\(m)×\(p) strides \(aStrides) \(bStrides)")
                    #expect(outside.allSatisfy { $0 == marker })
                }
            }
        }
    }

    /// A product in which fusing changes the result, so that a build that stopped fusing (or
    /// fused nowhere but in some lanes) fails: for x = 1 + 2⁻³⁰, every element is
    /// fma(x, x, fma(1, −fl(x²), 0)) = x² − fl(x²), the rounding error of x², which is not zero,
    /// where the unfused −fl(x²) + fl(x²) is zero. 9 × 2 × 33 puts it in every position of
    /// every build's tiles and their partial edges.
    @Test(arguments: builds)
    func productsFuseEveryMultiplyAdd(build: KernelBuild) {
        let x = 1 + 0x1p-30, square = x * x
        let fused = (-square).addingProduct(x, x), unfused = -square + x * x
        #expect(fused != unfused)
        let (n, p) = (9, 33)
        let a = Matrix(rows: n, columns: 2, values: (0..<n).flatMap { _ in [1, x] })
        let b = Matrix(rows: 2, columns: p, values: Array(repeating: -square, count: p) + Array(repeating: x, count: p))
        let expected = Reference.product(a, b).values.map(\.bitPattern)
        #expect(expected.allSatisfy { $0 == fused.bitPattern })
        var c = [Double](repeating: .nan, count: n * p)
        gk_multiply_isa(build.isa, a.values, 2, 1, b.values, p, 1, n, 2, p, &c, p)
        #expect(c.map(\.bitPattern) == expected, "\(build)")
    }

    /// A product whose exact sum is a negative zero: the first step's product −10⁻⁴⁰⁰ rounds
    /// to −0, and fma(−0, 1, −0) = −0 keeps it, where a broadcast of the factor written as
    /// 0 + a (which turns −0 into +0) would give fma(+0, 1, −0) = +0. Every row and column of
    /// 9 × 2 × 33, so that every position of every build's tiles is checked.
    @Test(arguments: builds)
    func productsKeepTheSignOfZero(build: KernelBuild) {
        let (n, p) = (9, 33)
        let a = Matrix(rows: n, columns: 2, values: (0..<n).flatMap { _ in [-1e-200, -0.0] })
        let b = Matrix(rows: 2, columns: p, values: Array(repeating: 1e-200, count: p) + Array(repeating: 1, count: p))
        let expected = Reference.product(a, b).values.map(\.bitPattern)
        #expect(expected.allSatisfy { $0 == (-0.0).bitPattern })
        var c = [Double](repeating: .nan, count: n * p)
        gk_multiply_isa(build.isa, a.values, 2, 1, b.values, p, 1, n, 2, p, &c, p)
        #expect(c.map(\.bitPattern) == expected, "\(build)")
    }

    /// Squared distances for the Gaussian terms: zero, tiny and huge ones, both sides of the
    /// underflow to exactly zero, +∞ and NaN, then random ones; 83 in all, so that every
    /// build ends on a partial block.
    static let squaredDistances: [Double] = {
        var rng = Xoshiro256StarStar(seed: 17)
        let special: [Double] = [0, .leastNonzeroMagnitude, 1e-300, 1e-8, 0.5, 1, 2, 1400, 1420, 1e300, .infinity, .nan]
        return special + (0..<71).map { _ in 40 * rng.nextUniform() * rng.nextUniform() }
    }()

    @Test(arguments: builds)
    func gaussianTermsEqualTheReference(build: KernelBuild) {
        let terms = GaussianTerms(bandwidths: [0.1, 0.5, 1, 2, 5, 10])
        let (scales, rates) = (terms.exponentScales, terms.rates)
        let expected = Self.squaredDistances.map { r2 in
            Reference.gaussianTerms(squaredDistance: r2, scales: scales, rates: rates)
        }
        // Every length from 0 to all of them, so that each position of a partial block is met.
        for count in 0...Self.squaredDistances.count {
            var values = Array(Self.squaredDistances[..<count])
            var slopes = [Double](repeating: .nan, count: count)
            var valuesOnly = values
            gk_gaussian_terms_isa(build.isa, scales, rates, scales.count, &values, &slopes, count)
            gk_gaussian_terms_isa(build.isa, scales, rates, scales.count, &valuesOnly, nil, count)
            #expect(values.map(\.bitPattern) == expected[..<count].map(\.value.bitPattern), "\(build), \(count)")
            #expect(slopes.map(\.bitPattern) == expected[..<count].map(\.slope.bitPattern), "\(build), \(count)")
            #expect(valuesOnly.map(\.bitPattern) == values.map(\.bitPattern), "\(build), \(count)")
        }
    }

    @Test(arguments: builds)
    func adamStepsEqualTheReference(build: KernelBuild) {
        var rng = Xoshiro256StarStar(seed: 23)
        let count = 1001
        let adam = Adam(learningRate: 1e-3, beta1: 0.5, beta2: 0.999, epsilon: 1e-8, weightDecay: 1e-4)
        var theta = Matrix(rows: 1, columns: count, values: (0..<count).map { _ in rng.nextUniform() - 0.5 })
        var (m, v) = (Matrix.zeros(rows: 1, columns: count), Matrix.zeros(rows: 1, columns: count))
        var reference = (theta: theta, m: m, v: v)
        for t in 1...5 {
            let g = Matrix(
                rows: 1, columns: count, values: (0..<count).map { _ in t == 3 ? 0 : 1e-3 * (rng.nextUniform() - 0.5) })
            let step = AdamStep(adam, t: t)
            var constants = step.kernelConstants
            theta.withUnsafeMutableElements { theta in
                m.withUnsafeMutableElements { m in
                    v.withUnsafeMutableElements { v in
                        gk_adam_step_isa(
                            build.isa, &constants, theta.baseAddress, m.baseAddress, v.baseAddress, g.values, count)
                    }
                }
            }
            Reference.adamStep(step, theta: &reference.theta, m: &reference.m, v: &reference.v, g: g)
            #expect(theta.values.map(\.bitPattern) == reference.theta.values.map(\.bitPattern), "\(build), step \(t)")
            #expect(m.values.map(\.bitPattern) == reference.m.values.map(\.bitPattern))
            #expect(v.values.map(\.bitPattern) == reference.v.values.map(\.bitPattern))
        }
    }

    /// A matrix large enough that `AdamStep.update` cuts it into ranges for the workers (and
    /// not a whole number of vectors per range) still takes the reference's step, bit for bit.
    @Test func adamStepsCutAcrossThreadsEqualTheReference() {
        var rng = Xoshiro256StarStar(seed: 29)
        let adam = Adam(learningRate: 1e-3, beta1: 0.5, beta2: 0.999, epsilon: 1e-8, weightDecay: 1e-4)
        var theta = randomMatrix(301, 97, &rng)
        var (m, v) = (Matrix.zeros(rows: 301, columns: 97), Matrix.zeros(rows: 301, columns: 97))
        var reference = (theta: theta, m: m, v: v)
        for t in 1...3 {
            let g = randomMatrix(301, 97, &rng)
            let step = AdamStep(adam, t: t)
            step.update(&theta, m: &m, v: &v, gradient: g)
            Reference.adamStep(step, theta: &reference.theta, m: &reference.m, v: &reference.v, g: g)
            #expect(theta.values.map(\.bitPattern) == reference.theta.values.map(\.bitPattern), "step \(t)")
            #expect(m.values.map(\.bitPattern) == reference.m.values.map(\.bitPattern))
            #expect(v.values.map(\.bitPattern) == reference.v.values.map(\.bitPattern))
        }
    }
}
