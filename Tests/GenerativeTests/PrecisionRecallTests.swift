import Generative
import Testing

@Suite struct PrecisionRecallTests {
    /// Points on a line with known neighbours. Real {0, 1, …, 9}: each point's nearest other
    /// point is 1 away, so with k = 1 every real ball has radius 1. Generated {0.5, 1.5, 10.5,
    /// 20}: 0.5 and 1.5 lie within 1 of a real point, 10.5 (1.5 from 9) and 20 do not:
    /// precision 2/4. The generated radii (k = 1) are 1, 1, 9, 9.5, the balls [−0.5, 2.5],
    /// [1.5, 19.5] and [10.5, 29.5] (the one around 0.5 reaches [−0.5, 1.5]), which hold every
    /// real point: recall 1.
    @Test func pointsOnALine() {
        let real = Matrix(rows: 10, columns: 1, values: (0..<10).map(Double.init))
        let generated = Matrix(rows: 4, columns: 1, values: [0.5, 1.5, 10.5, 20])
        let (precision, recall) = precisionAndRecall(real: real, generated: generated, k: 1)
        #expect(precision == 0.5)
        #expect(recall == 1)
    }

    /// Identical samples: precision = recall = 1. Samples far apart: both 0. A generator that
    /// makes only one of two well-separated clusters of the data: precision 1, recall 1/2.
    @Test func coverageAndQuality() {
        var rng = Xoshiro256StarStar(seed: 71)
        func cluster(_ cx: Double, _ cy: Double, _ n: Int) -> [Double] {
            (0..<n).flatMap { _ in [cx + 0.1 * Normal.standard.sample(using: &rng), cy + 0.1 * Normal.standard.sample(using: &rng)] }
        }
        let real = Matrix(rows: 200, columns: 2, values: cluster(0, 0, 100) + cluster(5, 0, 100))
        let same = precisionAndRecall(real: real, generated: real)
        #expect(same.precision == 1 && same.recall == 1)
        let far = precisionAndRecall(real: real, generated: Matrix(rows: 100, columns: 2, values: cluster(0, 50, 100)))
        #expect(far.precision == 0 && far.recall == 0)
        let collapsed = precisionAndRecall(real: real, generated: Matrix(rows: 100, columns: 2, values: real.values.prefix(200).map { $0 }))
        #expect(collapsed.precision == 1 && collapsed.recall == 0.5)
    }

    /// The k-th nearest neighbour's distance, found keeping the k smallest, is the sorted
    /// definition's, for every k up to all the other points: on a grid, where many distances
    /// tie, and on random points in three dimensions.
    @Test func nearestNeighbourRadiiEqualTheSortedDefinition() {
        var rng = Xoshiro256StarStar(seed: 41)
        let grid = Matrix(rows: 30, columns: 2, values: (0..<60).map { Double($0 % 7) })
        let scattered = Matrix(rows: 40, columns: 3, values: (0..<120).map { _ in rng.nextUniform() })
        for points in [grid, scattered] {
            for k in [1, 2, 3, 5, points.rows - 1] {
                #expect(nearestNeighbourRadii(points, k: k) == Reference.nearestNeighbourRadii(points, k: k), "k = \(k)")
            }
        }
    }
}
