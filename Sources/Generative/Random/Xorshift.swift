/// Marsaglia's 32-bit xorshift generator ("Xorshift RNGs", Journal of Statistical Software
/// 8(14), 2003), with the shift triple (13, 17, 5) of the paper's `xor32`:
///
///     y ← y ⊕ (y ≪ 13);   y ← y ⊕ (y ≫ 17);   y ← y ⊕ (y ≪ 5);   output y
///
/// Each step is an invertible linear map over GF(2)³², chosen so that it cycles through all
/// nonzero states: the period is 2³² − 1, and 0 (a fixed point) never appears. Three shifts and
/// three xors make it about as cheap as a generator can be, but its linearity shows in
/// statistical tests (BigCrush's matrix-rank and linear-complexity tests fail) — which is why
/// its descendants, such as xoshiro256**, add a nonlinear scrambler to the output.
///
/// As a `RandomNumberGenerator`, `next()` joins two 32-bit outputs, the first in the high half.
public struct Xorshift32: RandomNumberGenerator, Sendable {
    @usableFromInline var rawState: UInt32

    /// The current state, the last 32-bit output (or the seed); never 0.
    public var state: UInt32 { rawState }

    /// - Precondition: `seed` is not 0 (the paper's example seed is 2463534242).
    public init(seed: UInt32) {
        precondition(seed != 0, "an xorshift seed must be nonzero: 0 is a fixed point")
        rawState = seed
    }

    /// The next 32-bit output, in 1...2³² − 1.
    @inlinable
    public mutating func nextUInt32() -> UInt32 {
        rawState ^= rawState << 13
        rawState ^= rawState >> 17
        rawState ^= rawState << 5
        return rawState
    }

    /// Two consecutive 32-bit outputs: the first in the high 32 bits, the second in the low.
    @inlinable
    public mutating func next() -> UInt64 {
        let high = UInt64(nextUInt32())
        return high << 32 | UInt64(nextUInt32())
    }
}

/// Marsaglia's 64-bit xorshift generator ("Xorshift RNGs", Journal of Statistical Software
/// 8(14), 2003), with the shift triple (13, 7, 17) of the paper's `xor64`:
///
///     x ← x ⊕ (x ≪ 13);   x ← x ⊕ (x ≫ 7);   x ← x ⊕ (x ≪ 17);   output x
///
/// The period is 2⁶⁴ − 1: every nonzero state is visited and 0 never appears (so as 64-bit
/// words the outputs miss one value out of 2⁶⁴). Like `Xorshift32` it is linear over GF(2)
/// and fails the linear-complexity tests of BigCrush; it is the ancestor of xorshift+ and
/// the xoshiro family.
public struct Xorshift64: RandomNumberGenerator, Sendable {
    @usableFromInline var rawState: UInt64

    /// The current state, the last output (or the seed); never 0.
    public var state: UInt64 { rawState }

    /// - Precondition: `seed` is not 0 (the paper's example seed is 88172645463325252).
    public init(seed: UInt64) {
        precondition(seed != 0, "an xorshift seed must be nonzero: 0 is a fixed point")
        rawState = seed
    }

    @inlinable
    public mutating func next() -> UInt64 {
        rawState ^= rawState << 13
        rawState ^= rawState >> 7
        rawState ^= rawState << 17
        return rawState
    }
}
