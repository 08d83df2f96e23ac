import Generative
import Testing

@Suite struct ToyShapeTests {
    /// Boxes: 5 heights × 5 widths, each at (11 − h)(11 − w) positions, Σ_{h=2..6} (11 − h) = 35,
    /// so 35² = 1 225. Rings of radius r fit at (10 − 2r)² centres: 36 + 16 + 4 = 56. Plus signs
    /// of arm a: 64 + 36 + 16 = 116.
    @Test func countsPerKind() {
        #expect(ToyShape.allByKind.map(\.count) == [1_225, 56, 116])
        for (kind, shapes) in zip(ToyShape.Kind.allCases, ToyShape.allByKind) {
            #expect(shapes.allSatisfy { $0.kind == kind })
        }
    }

    /// No two shapes share an image, and every image is a 10 × 10 image of 0s and 1s.
    @Test func distinctImages() {
        let images = ToyShape.allByKind.joined().map(\.image)
        #expect(Set(images).count == 1_397)
        #expect(images.allSatisfy { $0.count == 100 && $0.allSatisfy { $0 == 0 || $0 == 1 } })
    }

    /// Each kind drawn by hand: a 2 × 3 box, the ring of radius 2 around (4, 4) (the pixels at
    /// distance 2, √5 ≈ 2.24 and √8 ≈ 2.83 from the centre are within ½ of 2 only for the first
    /// two: 4 + 8 = 12 pixels), and a plus with arms of 1.
    @Test func renderedImages() {
        func picture(_ rows: [String]) -> [Double] {
            rows.flatMap { row in row.map { $0 == "#" ? 1.0 : 0.0 } }
        }
        let blankRows = Array(repeating: "..........", count: 10)
        var box = blankRows
        box[1] = "...###...."
        box[2] = "...###...."
        #expect(ToyShape.box(top: 1, left: 3, height: 2, width: 3).image == picture(box))
        let ring = [
            "..........",
            "..........",
            "...###....",
            "..#...#...",
            "..#...#...",
            "..#...#...",
            "...###....",
            "..........",
            "..........",
            "..........",
        ]
        #expect(ToyShape.ring(row: 4, column: 4, radius: 2).image == picture(ring))
        var plus = blankRows
        plus[7] = "........#."
        plus[8] = ".......###"
        plus[9] = "........#."
        #expect(ToyShape.plus(row: 8, column: 8, arm: 1).image == picture(plus))
    }

    /// A draw is a kind by `nextInt(in: 0..<3)` and then a shape by `nextInt(in: 0..<count)`, from
    /// the same generator in that order: the same shapes as those two calls pick by hand.
    @Test func drawOrder() {
        var drawn = Xoshiro256StarStar(seed: 3)
        var byHand = Xoshiro256StarStar(seed: 3)
        for _ in 0..<200 {
            let shapes = ToyShape.allByKind[byHand.nextInt(in: 0..<3)]
            #expect(ToyShape.random(using: &drawn) == shapes[byHand.nextInt(in: 0..<shapes.count)])
        }
    }
}
