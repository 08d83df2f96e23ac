/// xoshiro256** (Blackman & Vigna, "Scrambled linear pseudorandom number generators",
/// ACM TOMS 47(4), 2021; arXiv:1805.01407, 2018), following the reference
/// `xoshiro256starstar.c` at https://prng.di.unimi.it.
///
/// The state (s₀, s₁, s₂, s₃) is 256 bits, advanced by a linear map over GF(2) built from
/// xors, a shift and a rotation; the output scrambles s₁ with two multiplications and a
/// rotation, which hides the linearity that sinks plain xorshift:
///
///     output rotl(s₁·5, 7)·9
///     t ← s₁ ≪ 17
///     s₂ ← s₂ ⊕ s₀;  s₃ ← s₃ ⊕ s₁;  s₁ ← s₁ ⊕ s₂;  s₀ ← s₀ ⊕ s₃
///     s₂ ← s₂ ⊕ t;   s₃ ← rotl(s₃, 45)
///
/// The period is 2²⁵⁶ − 1 (every nonzero state) and the outputs are 4-dimensionally
/// equidistributed. It passes BigCrush, is fast, and its linear engine makes `jump()`
/// possible: advancing 2¹²⁸ steps at the cost of 256, which is how this library makes
/// non-overlapping streams (see `Streams.swift`). It is the general-purpose generator of
/// this book.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
    @usableFromInline var s0: UInt64
    @usableFromInline var s1: UInt64
    @usableFromInline var s2: UInt64
    @usableFromInline var s3: UInt64

    /// The state (s₀, s₁, s₂, s₃), as in the reference code's `s[0]`…`s[3]`.
    public var state: (UInt64, UInt64, UInt64, UInt64) { (s0, s1, s2, s3) }

    /// A generator with the given state, exactly as the reference code's `s`.
    /// - Precondition: the state is not all zero (a fixed point).
    public init(state: (UInt64, UInt64, UInt64, UInt64)) {
        precondition(
            state.0 | state.1 | state.2 | state.3 != 0,
            "the xoshiro256** state must not be all zero: 0 is a fixed point")
        (s0, s1, s2, s3) = state
    }

    /// A generator whose state is the first four outputs of `SplitMix64(seed: seed)`, the
    /// seeding the reference code recommends. Any seed works, 0 included: the four words
    /// cannot all be zero, since SplitMix64's output function is a bijection of distinct states.
    public init(seed: UInt64) {
        var seeder = SplitMix64(seed: seed)
        self.init(state: (seeder.next(), seeder.next(), seeder.next(), seeder.next()))
    }

    @inlinable
    public mutating func next() -> UInt64 {
        let result = Self.rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = Self.rotl(s3, 45)
        return result
    }

    /// x rotated left by k bits, 0 < k < 64 (`rotl` in the reference code).
    @inlinable
    static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 {
        x << k | x >> (64 - k)
    }

    /// Advances the state by 2¹²⁸ steps, as the reference `jump()`: it is equivalent to 2¹²⁸
    /// calls of `next()`. Used to make 2¹²⁸ non-overlapping subsequences.
    public mutating func jump() {
        applyJump(
            0x180E_C6D3_3CFD_0ABA, 0xD5A6_1266_F0C9_392C,
            0xA958_2618_E03F_C9AA, 0x39AB_DC45_29B1_661C)
    }

    /// Advances the state by 2¹⁹² steps, as the reference `long_jump()`: 2⁶⁴ starting points,
    /// each of which can be split further by `jump()`.
    public mutating func longJump() {
        applyJump(
            0x76E1_5D3E_FEFD_CBBF, 0xC500_4E44_1C52_2FB3,
            0x7771_0069_854E_E241, 0x3910_9BB0_2ACB_E635)
    }

    /// A copy advanced by 2¹²⁸ steps (`jump()` without mutating `self`).
    public func jumped() -> Self {
        var copy = self
        copy.jump()
        return copy
    }

    /// Replaces the state s by p(T)·s, where T is the one-step linear map and p the jump
    /// polynomial whose coefficients are the bits of the four words (least significant
    /// first): the xor of the states Tʲ·s for every set bit j, as in the reference code.
    private mutating func applyJump(_ w0: UInt64, _ w1: UInt64, _ w2: UInt64, _ w3: UInt64) {
        var (t0, t1, t2, t3): (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for word in [w0, w1, w2, w3] {
            for bit in 0..<64 {
                if word & (1 << bit) != 0 {
                    t0 ^= s0
                    t1 ^= s1
                    t2 ^= s2
                    t3 ^= s3
                }
                _ = next()
            }
        }
        (s0, s1, s2, s3) = (t0, t1, t2, t3)
    }
}
