import Foundation
import Generative
import Testing

@Suite struct MMDMedianHeuristicTests {
    /// By hand: {0, 1, 3} has distances 1, 3, 2 and median 2; {0, 1, 3, 7} has distances
    /// 1, 3, 7, 2, 6, 4, sorted 1, 2, 3, 4, 6, 7, an even count, so (3 + 4)/2 = 3.5.
    @Test func handComputed() {
        #expect(medianHeuristicBandwidth([0, 1, 3]) == 2)
        #expect(medianHeuristicBandwidth([0, 1, 3, 7]) == 3.5)
        #expect(medianHeuristicBandwidth([5, 5]) == 0)
    }

    /// Against NumPy/SciPy, `np.median(scipy.spatial.distance.pdist(z))`:
    ///   2-D, zᵢ = (sin 1.3i, 2 cos 0.7i), i < 30 (435 distances): 1.8379012452867611;
    ///   1-D, zᵢ = 4 sin³(2.1i), i < 25: 2.4947971772066895.
    @Test func matchesSciPy() {
        let planar = (0..<30).flatMap { i in [sin(1.3 * Double(i)), 2 * cos(0.7 * Double(i))] }
        #expect(mmdRelativeError(
            medianHeuristicBandwidth(Matrix(rows: 30, columns: 2, values: planar)), 1.8379012452867611) < 1e-14)
        let line = (0..<25).map { i in 4 * pow(sin(2.1 * Double(i)), 3) }
        #expect(mmdRelativeError(medianHeuristicBandwidth(line), 2.4947971772066895) < 1e-14)
    }

    /// The two-sample form pools the samples: it does not depend on which sample a point
    /// came from.
    @Test func pooledOverBothSamples() {
        var rng = Xoshiro256StarStar(seed: 4)
        let x = randomMatrix(9, 2, &rng)
        let y = randomMatrix(6, 2, &rng)
        let pooled = Matrix(rows: 15, columns: 2, values: x.values + y.values)
        #expect(medianHeuristicBandwidth(x, y) == medianHeuristicBandwidth(pooled))
        let swapped = Matrix(rows: 15, columns: 2, values: y.values + x.values)
        #expect(medianHeuristicBandwidth(y, x) == medianHeuristicBandwidth(swapped))
        #expect(medianHeuristicBandwidth(x, y) == medianHeuristicBandwidth(y, x))
    }
}
