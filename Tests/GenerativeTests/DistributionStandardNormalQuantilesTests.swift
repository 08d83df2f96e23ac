import Foundation
import Generative
import Testing

@Suite("Standard normal quantiles in batches: the scalar function's bits")
struct DistributionStandardNormalQuantilesTests {
    /// The probabilities where `standardNormalQuantile` changes course, each with the 32
    /// doubles on either side: 0 and 1 (±∞), ½; p = 0.075 and 0.925, where AS 241 leaves its
    /// centre (|p − ½| = 0.425) and the Newton step starts (t = 0.075); t = e⁻²⁵, where AS 241
    /// switches to its far-tail rational (r = 5); t = Φ(−√32), where Cody's tail factor
    /// switches; the smallest normal t, below which there is no Newton step; the smallest
    /// subnormal; and 1 − 2⁻⁵³, the largest double below 1.
    static let edges: [Double] = {
        let cody = standardNormalCDF(-(32 as Double).squareRoot())
        let points: [Double] = [
            0, 0.5, 1, 0.075, 0.925, 0.5 - 0.425, 0.5 + 0.425, exp(-25), 1 - exp(-25), cody, 1 - cody,
            .leastNormalMagnitude, .leastNonzeroMagnitude, 1 - 0x1p-53,
        ]
        return points.flatMap { point in
            var p = point
            for _ in 0..<32 { p = p.nextDown }
            return (0...64).map { _ in
                defer { p = p.nextUp }
                return p
            }
        }.filter { (0...1).contains($0) }
    }()

    /// 20 000 uniform p on (0, 1), and 20 000 p = 2^(−1074·u) with u uniform, spread evenly over
    /// every exponent down to the subnormals, with 1 − p for each of those.
    static let randomProbabilities: [Double] = {
        var generator = Xoshiro256StarStar(seed: 9)
        let uniform = (0..<20_000).map { _ in generator.nextOpenUniform() }
        let spread = (0..<20_000).map { _ in exp2(-1074 * generator.nextUniform()) }
        return uniform + spread + spread.map { 1 - $0 }
    }()

    /// The p whose batch quantile differs from the scalar one in any bit.
    static func mismatches(_ probabilities: [Double]) -> [Double] {
        let batch = standardNormalQuantiles(probabilities)
        return zip(probabilities, batch).filter { p, z in
            z.bitPattern != standardNormalQuantile(p).bitPattern
        }.map(\.0)
    }

    @Test func edgesGiveTheScalarBits() {
        #expect(Self.mismatches(Self.edges) == [])
    }

    @Test func randomProbabilitiesGiveTheScalarBits() {
        #expect(Self.mismatches(Self.randomProbabilities) == [])
    }

    /// Lengths around the eight lanes of the central pass and the 1 024 of a block, so that
    /// the last lanes of a vector and the last vectors of a block are exercised; the p are
    /// shuffled edges and random p, so that every position sees centres and tails.
    @Test(arguments: [0, 1, 7, 8, 9, 15, 17, 1_000, 1_023, 1_024, 1_025, 2_057])
    func anyLengthGivesTheScalarBits(count: Int) {
        var generator = Xoshiro256StarStar(seed: UInt64(count))
        let pool = (Self.edges + Self.randomProbabilities).shuffled(using: &generator)
        #expect(Self.mismatches(Array(pool.prefix(count))) == [])
    }

    /// The buffer form, on memory that starts one double into an array: the central pass
    /// loads and stores its vectors unaligned.
    @Test func unalignedBuffersGiveTheScalarBits() {
        let probabilities = Array(Self.randomProbabilities.prefix(100))
        var quantiles = [Double](repeating: .nan, count: 100)
        probabilities.withUnsafeBufferPointer { probabilities in
            quantiles.withUnsafeMutableBufferPointer { quantiles in
                standardNormalQuantiles(
                    UnsafeBufferPointer(rebasing: probabilities[1...]),
                    into: UnsafeMutableBufferPointer(rebasing: quantiles[1...]))
            }
        }
        #expect(quantiles[0].isNaN)
        #expect(zip(probabilities, quantiles).dropFirst().allSatisfy { p, z in
            z.bitPattern == standardNormalQuantile(p).bitPattern
        })
    }

    @Test(arguments: [(0.0, 1.0), (-3, 0.5), (1.7, 2.3), (1e6, 1e-3)])
    func normalQuantilesGiveTheScalarBits(mean: Double, standardDeviation: Double) {
        let normal = Normal(mean: mean, standardDeviation: standardDeviation)
        let probabilities = Self.edges + Self.randomProbabilities
        let quantiles = normal.quantiles(probabilities)
        #expect(zip(probabilities, quantiles).allSatisfy { p, x in
            x.bitPattern == normal.quantile(p).bitPattern
        })
    }

    /// A p outside [0, 1] is never central, so the check falls to the second pass: it must
    /// still trap there, for a lane of a full vector as for the last, incomplete one.
    @Test func aProbabilityOutsideTheUnitIntervalTraps() async {
        await #expect(processExitsWith: .failure) {
            _ = standardNormalQuantiles([0.5, 0.5, 0.5, -0.25, 0.5, 0.5, 0.5, 0.5, 0.5])
        }
        await #expect(processExitsWith: .failure) {
            _ = standardNormalQuantiles([0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, .nan])
        }
    }
}
