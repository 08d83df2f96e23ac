/// A fixed partition of the rows of a pairwise sum into chunks of about equal work, which run
/// on several threads when there is enough work to share.
///
/// The partition depends only on the size of the problem — never on the number of cores or on
/// timing — and each chunk writes only its own partial results, which the caller combines in
/// chunk order. So a sum is the same, bit for bit, whether its chunks run one after another or
/// at once, on any machine. Problems below `pairsPerChunk` pairs are one chunk: starting
/// threads costs tens of microseconds, as much as a few thousand kernel evaluations.
package struct RowChunks {
    /// Chunk c is the rows `bounds[c]..<bounds[c + 1]`.
    package let bounds: [Int]

    /// The least work, in pairs, worth a chunk of its own.
    static let pairsPerChunk = 16_384
    /// The most chunks: enough to keep a few cores busy even when rows differ in length.
    package static let maximumChunks = 8

    /// Chunks of about equal numbers of pairs, where row i has `pairs(i)` of them.
    package init(rows: Int, pairs: (Int) -> Int) {
        let total = (0..<rows).reduce(0) { $0 + pairs($1) }
        let count = min(Self.maximumChunks, rows, max(1, total / Self.pairsPerChunk))
        var bounds = [0]
        var done = 0
        for row in 0..<rows where bounds.count < count {
            done += pairs(row)
            // Close chunk c as soon as the rows so far hold c/count of the work.
            if done * count >= total * bounds.count { bounds.append(row + 1) }
        }
        bounds.append(rows)
        self.bounds = bounds
    }

    package var count: Int { bounds.count - 1 }

    subscript(chunk: Int) -> Range<Int> { bounds[chunk]..<bounds[chunk + 1] }

    /// Σ_c body(c), added in chunk order, so the same bits whether the chunks ran one after
    /// another or at once. They run at once when there are several and `concurrently` is true;
    /// false is there for the tests, to compare the two.
    package func sum(concurrently: Bool = true, _ body: (Int) -> Double) -> Double {
        let chunks = 0..<count
        return (concurrently ? chunks.concurrentMap(body) : chunks.map(body)).reduce(0, +)
    }
}
