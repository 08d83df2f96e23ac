import BenchKernels
import BenchmarkWorkloads
import Generative
import Testing

@Suite struct InterleavedXoshiroTests {
    @Test func outputsTakeStreamsZeroToSevenInTurn() {
        var interleaved = InterleavedXoshiro256StarStar(seed: 42)
        var streams = Xoshiro256StarStar.streams(seed: 42, count: InterleavedXoshiro256StarStar.laneCount)
        for index in 0..<100 {
            #expect(interleaved.next() == streams[index % streams.count].next())
        }
    }

    /// The kernel's turns and the scalar turns started or finished around them join up: any
    /// split of a buffer into calls writes what `nextUniform()` one at a time would.
    @Test(arguments: [[0, 1, 7, 8, 9], [3, 5, 16, 1000], [8_000], [13, 13, 13, 2]])
    func fillUniformEqualsRepeatedNextUniform(chunkSizes: [Int]) {
        var filled = InterleavedXoshiro256StarStar(seed: 9)
        var oneAtATime = filled
        var buffer: [Double] = []
        for size in chunkSizes { buffer += filled.uniforms(count: size) }
        let expected = (0..<buffer.count).map { _ in oneAtATime.nextUniform() }
        #expect(buffer.map(\.bitPattern) == expected.map(\.bitPattern))
        #expect(filled.next() == oneAtATime.next())
    }

    /// Every build of the kernel that this processor runs gives the bits of the eight scalar
    /// streams read in turn.
    @Test(arguments: KernelBuild.allCases.filter { $0.isSupported && $0 != .reference })
    func kernelBuildsEqualTheScalarStreams(build: KernelBuild) {
        var streams = Xoshiro256StarStar.streams(seed: 5, count: Int(BENCH_XOSHIRO_LANES))
        var lanes = bench_xoshiro_lanes()
        withUnsafeMutableBytes(of: &lanes.s) { words in
            let words = words.assumingMemoryBound(to: UInt64.self)
            let stride = streams.count
            for (lane, stream) in streams.enumerated() {
                (words[lane], words[stride + lane], words[2 * stride + lane], words[3 * stride + lane]) = stream.state
            }
        }
        let turns = 1000
        var out = [Double](repeating: .nan, count: turns * streams.count)
        bench_xoshiro_uniforms_isa(build.isa, &lanes, &out, turns)
        var expected: [Double] = []
        for _ in 0..<turns {
            for lane in streams.indices { expected.append(streams[lane].nextUniform()) }
        }
        #expect(out.map(\.bitPattern) == expected.map(\.bitPattern))
    }
}
