import Dispatch

/// A fixed partition of the rows of a pairwise sum into chunks of about equal work, which run
/// on several threads when there is enough work to share.
///
/// The partition depends only on the size of the problem — never on the number of cores or on
/// timing — and each chunk writes only its own partial results, which the caller combines in
/// chunk order. So a sum is the same, bit for bit, whether its chunks run one after another or
/// at once, on any machine. Problems below `pairsPerChunk` pairs are one chunk: starting
/// threads costs tens of microseconds, as much as a few thousand kernel evaluations.
struct RowChunks {
    /// Chunk c is the rows `bounds[c]..<bounds[c + 1]`.
    let bounds: [Int]

    /// The least work, in pairs, worth a chunk of its own.
    static let pairsPerChunk = 16_384
    /// The most chunks: enough to keep a few cores busy even when rows differ in length.
    static let maximumChunks = 8

    /// Chunks of about equal numbers of pairs, where row i has `pairs(i)` of them.
    init(rows: Int, pairs: (Int) -> Int) {
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

    var count: Int { bounds.count - 1 }

    subscript(chunk: Int) -> Range<Int> { bounds[chunk]..<bounds[chunk + 1] }

    /// Σ_c body(c), added in chunk order, so the same bits whether the chunks ran one after
    /// another or at once. They run at once when there are several and `concurrently` is true;
    /// false is there for the tests, to compare the two.
    func sum(concurrently: Bool = true, _ body: (Int) -> Double) -> Double {
        var partials = [Double](repeating: 0, count: count)
        partials.withUnsafeMutableBufferPointer { partials in
            forEach(concurrently: concurrently) { partials[$0] = body($0) }
        }
        return partials.reduce(0, +)
    }

    /// Runs `body(c)` for every chunk c, concurrently when there are several (and
    /// `concurrently` is true).
    ///
    /// `body` captures raw pointers, which the compiler cannot prove safe to share between
    /// threads, so it is passed on as `@Sendable` by an unchecked cast. It is safe because of
    /// how the callers write: chunk c reads shared inputs and writes only memory that belongs
    /// to chunk c (its partial sum, its rows of a gradient, or its own gradient buffer), and
    /// `concurrentPerform` returns only once every chunk is done.
    func forEach(concurrently: Bool = true, _ body: (Int) -> Void) {
        guard count > 1, concurrently else {
            for chunk in 0..<count { body(chunk) }
            return
        }
        withoutActuallyEscaping(body) { body in
            let shared = unsafeBitCast(body, to: (@Sendable (Int) -> Void).self)
            DispatchQueue.concurrentPerform(iterations: count, execute: shared)
        }
    }
}
