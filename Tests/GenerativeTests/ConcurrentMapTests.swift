import Generative
import Testing

@Suite("Concurrent map")
struct ConcurrentMapTests {
    /// Each element seeds its own generator and draws many numbers, slow enough that the
    /// iterations overlap; the results must equal the sequential map's, in order, bit for bit.
    @Test func equalsTheSequentialMapInOrder() {
        let work = { (seed: Int) -> [Double] in
            var generator = Xoshiro256StarStar(seed: UInt64(seed))
            var sums: [Double] = []
            for _ in 0..<50 { sums.append((0..<2_000).reduce(0.0) { sum, _ in sum + generator.nextUniform() }) }
            return sums
        }
        let seeds = Array(0..<16)
        #expect(seeds.concurrentMap(work) == seeds.map(work))
    }

    /// Products big enough to be cut across the shared workers, run inside a concurrent map
    /// (which holds the workers, so each runs on its element's thread): the bits of the
    /// sequential map, where the same products do use the workers.
    @Test func productsInsideEqualTheSequentialMap() {
        let work = { (seed: Int) -> Matrix in
            var generator = Xoshiro256StarStar(seed: UInt64(seed))
            let a = randomMatrix(64, 256, &generator), b = randomMatrix(256, 256, &generator)
            return matmulTransposedRight(matmul(a, b), b)
        }
        let seeds = Array(0..<4)
        #expect(seeds.concurrentMap(work) == seeds.map(work))
    }

    @Test func handlesEmptyAndSingleElementCollections() {
        #expect([Int]().concurrentMap { $0 * 2 } == [])
        #expect([21].concurrentMap { $0 * 2 } == [42])
        #expect((3..<7).concurrentMap { $0 * $0 } == [9, 16, 25, 36])
    }
}
