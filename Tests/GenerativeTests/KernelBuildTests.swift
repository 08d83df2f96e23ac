import Foundation
import Generative
import GenerativeKernels
import Testing

/// Every build of the C kernels that this processor runs must return the bits of the
/// portable build and of the plain Swift definition: the book's recorded outputs depend on
/// them, and a machine with another vector width must reproduce them.
@Suite struct KernelBuildTests {
    /// The builds this processor supports (the portable one always).
    static let builds = KernelBuild.allCases.filter(\.isSupported)

    /// Shapes around the tile sizes of every build (4, 6 and 8 rows; 4, 8 and 16 columns),
    /// single rows, columns and depths, and the gan-step's layers.
    static let shapes = [
        (1, 1, 1), (1, 7, 1), (3, 1, 5), (4, 4, 4), (5, 9, 3), (6, 3, 8), (7, 16, 9), (8, 5, 16),
        (9, 33, 17), (13, 2, 31), (16, 16, 33), (17, 8, 1), (64, 1, 256), (64, 256, 1), (64, 256, 256),
    ]

    @Test(arguments: builds)
    func productsEqualTheNaiveTripleLoop(build: KernelBuild) {
        var rng = Xoshiro256StarStar(seed: 11)
        for (n, m, p) in Self.shapes {
            let a = randomMatrix(n, m, &rng)
            let b = randomMatrix(m, p, &rng)
            let expected = naiveProduct(a, b).values.map(\.bitPattern)
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

    @Test(arguments: builds)
    func interleavedUniformsEqualTheScalarStreams(build: KernelBuild) {
        var streams = Xoshiro256StarStar.streams(seed: 5, count: Int(GK_XOSHIRO_LANES))
        var lanes = gk_xoshiro_lanes()
        withUnsafeMutableBytes(of: &lanes.s) { words in
            let words = words.assumingMemoryBound(to: UInt64.self)
            let stride = streams.count
            for (lane, stream) in streams.enumerated() {
                (words[lane], words[stride + lane], words[2 * stride + lane], words[3 * stride + lane]) = stream.state
            }
        }
        let turns = 1000
        var out = [Double](repeating: .nan, count: turns * streams.count)
        gk_xoshiro_uniforms_isa(build.isa, &lanes, &out, turns)
        var expected: [Double] = []
        for _ in 0..<turns {
            for lane in streams.indices { expected.append(streams[lane].nextUniform()) }
        }
        #expect(out.map(\.bitPattern) == expected.map(\.bitPattern))
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
    func gaussianTermsEqualThePlainDefinition(build: KernelBuild) {
        let rates = [0.1, 0.5, 1, 2, 5, 10].map { 1 / (2 * $0 * $0) }
        let scales = rates.map { -($0 * 1.442_695_040_888_963_407_36) }
        let expected = Self.squaredDistances.map { r2 in
            scales.indices.reduce((value: 0.0, slope: 0.0)) { sums, b in
                let e = plainExp2OfNonPositive(scales[b] * r2)
                return (sums.value + e, sums.slope - rates[b] * e)
            }
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
    func adamStepsEqualThePlainDefinition(build: KernelBuild) {
        var rng = Xoshiro256StarStar(seed: 23)
        let count = 1001
        var theta = (0..<count).map { _ in rng.nextUniform() - 0.5 }
        var m = [Double](repeating: 0, count: count), v = m
        var plain = (theta: theta, m: m, v: v)
        for step in 1...5 {
            let g = (0..<count).map { _ in step == 3 ? 0 : 1e-3 * (rng.nextUniform() - 0.5) }
            var constants = gk_adam_constants(
                learning_rate: 1e-3, beta1: 0.5, beta2: 0.999, epsilon: 1e-8, weight_decay: 1e-4,
                correction1: 1 / (1 - pow(0.5, Double(step))), correction2: 1 / (1 - pow(0.999, Double(step))))
            gk_adam_step_isa(build.isa, &constants, &theta, &m, &v, g, count)
            for i in 0..<count {
                let gi = g[i] + constants.weight_decay * plain.theta[i]
                plain.m[i] = constants.beta1 * plain.m[i] + (1 - constants.beta1) * gi
                plain.v[i] = constants.beta2 * plain.v[i] + (1 - constants.beta2) * gi * gi
                let mHat = plain.m[i] * constants.correction1, vHat = plain.v[i] * constants.correction2
                plain.theta[i] -= constants.learning_rate * mHat / (vHat.squareRoot() + constants.epsilon)
            }
            #expect(theta.map(\.bitPattern) == plain.theta.map(\.bitPattern), "\(build), step \(step)")
            #expect(m.map(\.bitPattern) == plain.m.map(\.bitPattern))
            #expect(v.map(\.bitPattern) == plain.v.map(\.bitPattern))
        }
    }
}

/// 2ᵗ for t ≤ 0 as the Gaussian-terms kernel defines it, one number at a time: k = t rounded
/// by adding and subtracting 1.5·2⁵², f = t − k, Cephes' rational 2ᶠ times 2ᵏ built from its
/// exponent bits, and exactly 0 below −1022.
private func plainExp2OfNonPositive(_ t: Double) -> Double {
    if t < -1022 { return 0 }
    let shifter = 0x1.8p52
    let shifted = t + shifter
    let k = shifted - shifter
    let f = t - k
    let ff = f * f
    let p = f * ((2.30933477057345225087e-2 * ff + 2.02020656693165307700e1) * ff + 1.51390680115615096133e3)
    let q = (ff + 2.33184211722314911771e2) * ff + 4.36821166879210612817e3
    let twoToF = 1 + 2 * (p / (q - p))
    return twoToF * Double(bitPattern: (shifted.bitPattern &+ 1023) << 52)
}

