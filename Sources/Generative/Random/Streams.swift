/// Independent streams from one seed, for separate experiments (or separate parts of one
/// experiment) that must not share random numbers yet stay reproducible from a single seed.
///
/// Stream i is the generator seeded with `seed` (through SplitMix64), advanced by i calls of
/// `jump()`: it starts i·2¹²⁸ steps along the single cycle of length 2²⁵⁶ − 1 that all
/// nonzero states lie on. Consecutive streams are therefore 2¹²⁸ steps apart, and two of them
/// can overlap only if one draws at least 2¹²⁸ numbers — far beyond any computation (at 10⁹
/// numbers a second that is 10²² years). So streams 0, 1, 2, … are disjoint stretches of
/// one sequence, which is better than seeding each with a different number: distinct seeds
/// give starting points that are random, so overlap is merely unlikely, not ruled out.
///
/// Stream 0 is `Xoshiro256StarStar(seed: seed)` itself. Deriving stream i costs i jumps of
/// 256 steps each, so use `streams(seed:count:)` to make many at once.
extension Xoshiro256StarStar {
    /// Stream `index` of `seed`: `Xoshiro256StarStar(seed: seed)` after `index` jumps.
    /// - Precondition: `index` ≥ 0.
    public init(seed: UInt64, stream index: Int) {
        precondition(index >= 0, "a stream index must not be negative")
        self.init(seed: seed)
        for _ in 0..<index { jump() }
    }

    /// Streams 0..<`count` of `seed`; element i equals `Xoshiro256StarStar(seed:stream: i)`.
    /// - Precondition: `count` ≥ 0.
    public static func streams(seed: UInt64, count: Int) -> [Xoshiro256StarStar] {
        precondition(count >= 0, "a stream count must not be negative")
        var streams: [Xoshiro256StarStar] = []
        streams.reserveCapacity(count)
        var generator = Xoshiro256StarStar(seed: seed)
        for _ in 0..<count {
            streams.append(generator)
            generator.jump()
        }
        return streams
    }
}
