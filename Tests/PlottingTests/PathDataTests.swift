import Plotting
import Testing

/// Path data: as short as the grammar allows, and every vertex within 0.05 px (half the
/// rounding unit) of where it was asked for, however long the path.
struct PathDataTests {
    @Test func everyVertexLandsWithinHalfARoundingUnitWithoutDrift() {
        var rng = SplitMix64(state: 5)
        var d = PathData()
        var expected: [(Double, Double)] = []
        // A long random walk, with jumps, so relative and absolute commands alternate.
        var (x, y) = (100.0, 100.0)
        for step in 0..<20_000 {
            if step % 500 == 0 {
                (x, y) = (rng.uniform() * 900, rng.uniform() * 300)
                d.move(x, y)
            } else {
                (x, y) = (x + rng.roughlyNormal() * 3, y + rng.roughlyNormal() * 3)
                d.line(x, y)
            }
            expected.append((x, y))
        }
        let vertices = ParsedPath(d.text).vertices
        #expect(vertices.count == expected.count)
        let worst = zip(vertices, expected).map { max(abs($0.x - $1.0), abs($0.y - $1.1)) }.max()!
        #expect(worst <= 0.05 + 1e-9)
    }

    @Test func numbersAndCommandsTakeTheShortestForm() {
        var d = PathData()
        d.move(0.5, 10)      // from the origin, relative and absolute are as long: relative
        d.line(1, 9.5)       // relative, a line after a move, so no letter: .5-.5
        d.line(1.5, 9)       // repeated, no separator before a point after a point
        d.horizontal(to: 400) // absolute is shorter
        d.vertical(to: 9)    // already there: a relative zero
        d.close()
        #expect(d.text == "m.5 10 .5-.5.5-.5H400v0Z")
        let parsed = ParsedPath(d.text)
        #expect(parsed.closed == [true])
        #expect(parsed.vertices.map(\.x) == [0.5, 1, 1.5, 400, 400])
    }

    @Test func aPointBeforeAPointNeedsNoSeparator() {
        var d = PathData()
        d.move(1.5, 0.5)
        #expect(d.text == "m1.5.5")
        #expect(ParsedPath(d.text).vertices.map(\.y) == [0.5])
    }

    @Test func wholeNumberSpaceWritesIntegers() {
        var d = PathData(decimals: 0)
        d.move(1234.4, 56.6)
        d.line(1240, 50)
        #expect(d.text == "m1234 57 6-7")
    }

    @Test func farAwayCoordinatesAreClamped() {
        var d = PathData()
        d.move(-1e300, 1e300)
        #expect(d.text == "m-10000000 10000000")
    }
}
