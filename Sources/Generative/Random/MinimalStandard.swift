/// The Park–Miller "minimal standard" generator (Park & Miller, "Random number generators:
/// good ones are hard to find", CACM 31(10), 1988), computed by Schrage's method:
///
///     xₖ₊₁ = a·xₖ mod m,      m = 2³¹ − 1 (prime),   a = 16807 or 48271.
///
/// Both multipliers are primitive roots modulo m, so every seed in 1...m − 1 gives the full
/// period m − 1 = 2³¹ − 2 and the outputs run through 1...m − 1. The original a = 16807 = 7⁵
/// (Lewis, Goodman & Miller 1969) was later replaced by 48271, which does better in the
/// spectral test (Park, Miller & Stockmeyer, "Technical correspondence", CACM 36(7), 1993);
/// C++ names the two `minstd_rand0` and `minstd_rand`.
///
/// **Schrage's method** (Schrage, ACM TOMS 5(2), 1979) computes a·x mod m without the 62-bit
/// product. Write m = a·q + r with q = ⌊m/a⌋ and r = m mod a; since r < q,
///
///     a·x mod m = a·(x mod q) − r·⌊x/q⌋   (+ m if that is not positive),
///
/// and both terms lie in 0..<m, so everything fits in 32-bit signed integers. The code uses
/// Swift's overflow-checked `Int32` arithmetic, so an overflow would trap rather than pass
/// silently. It matters historically: this is how a portable generator was written for
/// machines without 64-bit integers, and the 10 000th value is the classic check that an
/// implementation is right. `LinearCongruentialGenerator.minimalStandard` gives the same
/// sequence with full-width arithmetic.
public struct MinimalStandard: Sendable {
    /// The two published multipliers.
    public enum Multiplier: Int32, Sendable, CaseIterable {
        /// a = 16807, Park & Miller (1988); C++ `minstd_rand0`.
        case original = 16807
        /// a = 48271, Park, Miller & Stockmeyer (1993); C++ `minstd_rand`.
        case revised = 48271
    }

    /// m = 2³¹ − 1.
    public static let modulus: Int32 = 2_147_483_647

    public let multiplier: Multiplier
    @usableFromInline let a: Int32
    @usableFromInline let q: Int32
    @usableFromInline let r: Int32
    @usableFromInline var rawState: Int32

    /// The current state xₖ, in 1...m − 1: the last value returned by `next()` (or the seed).
    public var state: UInt32 { UInt32(rawState) }

    /// - Precondition: `seed` is in 1...2147483646.
    public init(seed: UInt32, multiplier: Multiplier = .original) {
        precondition(
            seed >= 1 && seed < UInt32(Self.modulus),
            "a minimal standard seed must lie in 1...2147483646")
        self.multiplier = multiplier
        a = multiplier.rawValue
        q = Self.modulus / a
        r = Self.modulus % a
        rawState = Int32(seed)
    }

    /// Advances to xₖ₊₁ = a·xₖ mod m and returns it (a value in 1...m − 1).
    @inlinable
    public mutating func next() -> UInt32 {
        let high = rawState / q
        let low = rawState % q
        let t = a * low - r * high
        rawState = t > 0 ? t : t + Self.modulus
        return UInt32(rawState)
    }

    /// The next output divided by m, in (0, 1): xₖ₊₁/m, the uniform of the 1988 paper.
    @inlinable
    public mutating func nextFraction() -> Double {
        Double(next()) / Double(Self.modulus)
    }
}
