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

    @Test func handlesEmptyAndSingleElementCollections() {
        #expect([Int]().concurrentMap { $0 * 2 } == [])
        #expect([21].concurrentMap { $0 * 2 } == [42])
        #expect((3..<7).concurrentMap { $0 * $0 } == [9, 16, 25, 36])
    }
}
