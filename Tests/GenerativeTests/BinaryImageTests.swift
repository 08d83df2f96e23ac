import Generative
import Testing

@Suite struct BinaryImageTests {
    /// The Hamming distance of packed images equals the count of pixels on opposite sides of the
    /// threshold, counted value by value, for random grey images of sizes that fill one word, end
    /// inside a word and span several (the padding bits must not count).
    @Test func hammingDistanceCountsDifferingPixels() {
        var rng = Xoshiro256StarStar(seed: 11)
        for count in [1, 63, 64, 100, 130] {
            for _ in 0..<20 {
                let a = (0..<count).map { _ in rng.nextUniform() }
                let b = (0..<count).map { _ in rng.nextUniform() }
                let differing = zip(a, b).filter { ($0 > 0.5) != ($1 > 0.5) }.count
                #expect(BinaryImage(thresholding: a).hammingDistance(to: BinaryImage(thresholding: b)) == differing)
                #expect(BinaryImage(thresholding: a).inkedCount == a.filter { $0 > 0.5 }.count)
                #expect(BinaryImage(thresholding: a).pixels == a.map { $0 > 0.5 ? 1 : 0 })
            }
        }
    }

    /// The threshold is strict, and images with the same inked pixels are equal whatever their
    /// grey levels.
    @Test func thresholdAndEquality() {
        #expect(BinaryImage(thresholding: [0.5, 0.51, 0.2], at: 0.5).pixels == [0, 1, 0])
        #expect(BinaryImage(thresholding: [0.9, 0.1, 0.7]) == BinaryImage(thresholding: [1, 0, 0.6]))
        #expect(BinaryImage(thresholding: [0.9, 0.1, 0.7]) != BinaryImage(thresholding: [1, 0, 0.4]))
    }

    /// The nearest of a few candidates, and the first of two at the same distance.
    @Test func nearestNeighbour() {
        let image = BinaryImage(thresholding: [1, 1, 0, 0])
        let candidates = [[0, 0, 1, 1], [1, 0, 0, 0], [0, 1, 0, 0], [1, 1, 1, 1]].map { BinaryImage(thresholding: $0) }
        let nearest = image.nearest(in: candidates)
        #expect(nearest.index == 1 && nearest.distance == 1)
        #expect(image.nearest(in: [image]).distance == 0)
    }
}
