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
}
