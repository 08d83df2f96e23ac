/// PCG32, the XSH-RR 64/32 member of O'Neill's permuted congruential generators ("PCG: A
/// family of simple fast space-efficient statistically good algorithms for random number
/// generation", Harvey Mudd College HMC-CS-2014-0905, 2014), exactly as `pcg32_random_r` and
/// `pcg32_srandom_r` of the reference `pcg-c-basic`.
///
/// The state is a 64-bit LCG with Knuth's MMIX multiplier and an odd increment chosen by the
/// stream; the output permutes the *old* state: an xorshift of the high bits (XSH) then a
/// random rotation (RR) by the top five bits:
///
///     s′ ← s·6364136223846793005 + inc   (mod 2⁶⁴)
///     x  ← ((s ⊕ (s ≫ 18)) ≫ 27) mod 2³²
///     output rotr(x, s ≫ 59)
///
/// Every stream has period 2⁶⁴; there are 2⁶³ streams (only the low 63 bits of `stream`
/// matter, as `inc = 2·stream + 1`). Why it matters: the raw LCG's weak low bits and
/// lattice are hidden by an output permutation that drops half the state, so a tiny,
/// fast generator passes BigCrush — and streams come for free.
///
/// Its native output is 32 bits (`nextUInt32()`); as a `RandomNumberGenerator`, `next()`
/// joins two of them, **the first in the high 32 bits** and the second in the low.
public struct PCG32: RandomNumberGenerator, Sendable {
    @usableFromInline var rawState: UInt64
    @usableFromInline let rawIncrement: UInt64

    /// The LCG state (`rng->state` in the reference code).
    public var state: UInt64 { rawState }
    /// The odd LCG increment, 2·stream + 1 (`rng->inc`).
    public var increment: UInt64 { rawIncrement }

    /// Seeds as `pcg32_srandom_r(rng, seed, stream)`: state ← 0, inc ← (stream ≪ 1) | 1,
    /// step, state ← state + seed, step.
    public init(seed: UInt64, stream: UInt64) {
        rawState = 0
        rawIncrement = stream << 1 | 1
        _ = nextUInt32()
        rawState &+= seed
        _ = nextUInt32()
    }

    /// The next 32-bit output (`pcg32_random_r`).
    @inlinable
    public mutating func nextUInt32() -> UInt32 {
        let old = rawState
        rawState = old &* 6_364_136_223_846_793_005 &+ rawIncrement
        let xorShifted = UInt32(truncatingIfNeeded: ((old >> 18) ^ old) >> 27)
        let rotation = UInt32(truncatingIfNeeded: old >> 59)
        return xorShifted >> rotation | xorShifted << ((0 &- rotation) & 31)
    }

    /// Two consecutive 32-bit outputs: the first in the high 32 bits, the second in the low.
    @inlinable
    public mutating func next() -> UInt64 {
        let high = UInt64(nextUInt32())
        return high << 32 | UInt64(nextUInt32())
    }
}
