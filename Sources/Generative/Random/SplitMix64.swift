/// SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number generators",
/// OOPSLA 2014), in the form of Vigna's reference `splitmix64.c`.
///
/// The state advances by the odd constant γ = 0x9E3779B97F4A7C15 (2⁶⁴ divided by the golden
/// ratio), so it visits all 2⁶⁴ values: the period is 2⁶⁴. Each output is the state passed
/// through a bijective mixing function of xor-shifts and multiplications:
///
///     s ← s + γ
///     z ← (s ⊕ (s ≫ 30)) · 0xBF58476D1CE4E5B9
///     z ← (z ⊕ (z ≫ 27)) · 0x94D049BB133111EB
///     output z ⊕ (z ≫ 31)
///
/// It is small, fast and passes BigCrush, and any 64-bit seed is a good one, which is why it
/// is the usual way to expand one seed into the state of a larger generator.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    @usableFromInline var rawState: UInt64

    /// The current state s (the value before the next increment by γ).
    public var state: UInt64 { rawState }

    public init(seed: UInt64) {
        rawState = seed
    }

    @inlinable
    public mutating func next() -> UInt64 {
        rawState &+= 0x9E37_79B9_7F4A_7C15
        var z = rawState
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
