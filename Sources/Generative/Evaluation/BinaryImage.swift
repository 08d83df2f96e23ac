/// A black-and-white image as the set of its inked pixels, packed 64 to a word: the form in
/// which generated images are compared with real ones pixel by pixel.
///
/// Two images differ by their *Hamming distance*, the number of pixels inked in one and blank
/// in the other: the population count of the exclusive or of their words, a few instructions for
/// a 10 × 10 image where a comparison of 100 values takes a hundred. For images of 0s and 1s it
/// equals the squared Euclidean distance. Equal images are equal values, so a `Set` of them tells
/// at once whether a sample reproduces a training image.
public struct BinaryImage: Hashable, Sendable {
    /// The number of pixels.
    public let pixelCount: Int
    /// Pixel i is bit i % 64 of word i / 64; bits past `pixelCount` are 0.
    private var words: [UInt64]

    /// The image whose inked pixels are those with a value above `threshold`: for a generator
    /// whose outputs are probabilities of ink in [0, 1], the most probable black-and-white image.
    public init(thresholding pixels: [Double], at threshold: Double = 0.5) {
        pixelCount = pixels.count
        words = [UInt64](repeating: 0, count: (pixels.count + 63) / 64)
        for (index, value) in pixels.enumerated() where value > threshold {
            words[index / 64] |= 1 << UInt64(index % 64)
        }
    }

    /// The pixel values, 1 where inked and 0 elsewhere, in the order of the values it was made from.
    public var pixels: [Double] {
        (0..<pixelCount).map { words[$0 / 64] >> UInt64($0 % 64) & 1 == 1 ? 1 : 0 }
    }

    /// The number of inked pixels.
    public var inkedCount: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// The number of pixels in which the two images differ.
    /// - Precondition: both have the same number of pixels.
    public func hammingDistance(to other: BinaryImage) -> Int {
        precondition(pixelCount == other.pixelCount, "Hamming distance between images of one size")
        var count = 0
        for index in words.indices { count += (words[index] ^ other.words[index]).nonzeroBitCount }
        return count
    }

    /// The image of `candidates` at the smallest Hamming distance from this one (the first of
    /// several at that distance) and the distance: a brute-force nearest-neighbour search.
    /// - Precondition: `candidates` is not empty.
    public func nearest(in candidates: [BinaryImage]) -> (index: Int, distance: Int) {
        precondition(!candidates.isEmpty, "a nearest neighbour needs at least one candidate")
        var best = (index: 0, distance: Int.max)
        for (index, candidate) in candidates.enumerated() {
            let distance = hammingDistance(to: candidate)
            if distance < best.distance { best = (index, distance) }
        }
        return best
    }
}
