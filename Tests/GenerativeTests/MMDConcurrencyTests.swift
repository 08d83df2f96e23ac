import Generative
import Testing

/// The pairwise sums split their rows into `RowChunks`, which run on several threads. Each
/// chunk writes only its own partial sum and its own part of the gradient, and the parts are
/// combined in chunk order; so running the chunks at once must give the bits of running the
/// same chunks one after another. A data race, or a combination whose order depends on which
/// thread finishes first, breaks that (on a machine with more than one core).
@Suite struct MMDConcurrencyTests {
    @Test func chunksRunAtOnceGiveTheBitsOfChunksRunInTurn() {
        var rng = Xoshiro256StarStar(seed: 77)
        let x = SampleColumns(randomMatrix(640, 3, &rng))
        let y = SampleColumns(0.8 * randomMatrix(600, 3, &rng))
        let kernel = SumOfGaussiansKernel(bandwidths: [0.2, 1])
        // The most chunks there are: 204 480 pairs within x, 179 700 within y, 384 000 across.
        #expect(RowChunks(rows: 640) { 639 - $0 }.count == RowChunks.maximumChunks)
        #expect(RowChunks(rows: 600) { 599 - $0 }.count == RowChunks.maximumChunks)
        #expect(RowChunks(rows: 600) { _ in 640 }.count == RowChunks.maximumChunks)

        /// The three sums and the gradient they add up, as in `mmdSquaredWithGradient`.
        func sums(concurrent: Bool) -> [UInt64] {
            var gradient = [Double](repeating: 0, count: y.count * y.dimension)
            let values = gradient.withUnsafeMutableBufferPointer { g in
                let g = GradientColumns(start: g.baseAddress!, count: y.count)
                return [withinKernelSum(x, kernel: kernel, concurrent: concurrent),
                        withinKernelSum(y, kernel: kernel, gradient: g, scale: 0.3, concurrent: concurrent),
                        crossKernelSum(y, x, kernel: kernel, gradient: g, scale: -0.7, concurrent: concurrent)]
            }
            return (values + gradient).map(\.bitPattern)
        }
        let inTurn = sums(concurrent: false)
        // Several times, since a race need not show every time (each run takes milliseconds).
        for _ in 0..<20 {
            let differing = zip(sums(concurrent: true), inTurn).count { $0 != $1 }
            #expect(differing == 0, "\(differing) of the \(inTurn.count) sums and gradient coordinates differ")
        }
    }
}
