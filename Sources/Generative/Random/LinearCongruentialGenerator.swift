/// A linear congruential generator (Lehmer 1951; Knuth, *The Art of Computer Programming*,
/// vol. 2, §3.2.1):
///
///     xₖ₊₁ = (a·xₖ + c) mod m,      0 < m ≤ 2⁶⁴,
///
/// with multiplier a, increment c and modulus m. Each call to `next()` advances the state and
/// returns the new xₖ₊₁, an integer in 0..<m; `nextFraction()` returns xₖ₊₁/m in [0, 1).
///
/// **Period.** At most m. With c ≠ 0 it is exactly m iff (Hull & Dobell 1962) c is coprime to
/// m, and a − 1 is divisible by every prime factor of m, and by 4 if m is. With c = 0 (a
/// *multiplicative* or Lehmer generator) the state 0 is a fixed point, so the period is at
/// most m − 1, reached when m is prime and a is a primitive root modulo m (Park–Miller).
///
/// **Lattice structure.** Marsaglia ("Random numbers fall mainly in the planes", PNAS 61(1),
/// 1968) showed that the points formed by d consecutive outputs divided by m, such as
/// (xₖ, xₖ₊₁, xₖ₊₂)/m for d = 3, lie on a lattice: they fall on at most (d!·m)^(1/d)
/// parallel hyperplanes, and a bad multiplier puts them on far fewer. RANDU is the
/// notorious case: a = 2¹⁶ + 3 gives a² ≡ 6a − 9 (mod 2³¹), so xₖ₊₂ = 6xₖ₊₁ − 9xₖ
/// (mod 2³¹) and every triple lies on one of just 15 planes in the unit cube. The spectral
/// test measures the gap between such planes. This is why an LCG should be judged by its
/// multiplier, and why the low bits of a power-of-two LCG are weak too (bit j of the state
/// has period at most 2ʲ⁺¹).
///
/// This type does not conform to `RandomNumberGenerator`: its outputs are uniform on 0..<m,
/// not on all 64-bit words (unless m = 2⁶⁴), and the standard library's conversions assume
/// the latter. Use `next()` for the raw integers and `nextFraction()` for uniforms.
///
/// Arithmetic never overflows: a power-of-two modulus uses wrapping arithmetic and a mask;
/// any other modulus forms the 128-bit product a·x + c and reduces it with a full-width
/// division.
public struct LinearCongruentialGenerator: Sendable {
    /// The multiplier a (less than m).
    public let multiplier: UInt64
    /// The increment c (less than m); 0 makes a multiplicative generator.
    public let increment: UInt64
    /// The modulus m, **with 0 standing for 2⁶⁴** (the convention of C++'s
    /// `linear_congruential_engine`). Use `modulusAsDouble` to form fractions x/m.
    public let modulus: UInt64
    /// m − 1 when m is a power of two (including 2⁶⁴), unused otherwise.
    @usableFromInline let mask: UInt64
    @usableFromInline let modulusIsPowerOfTwo: Bool
    @usableFromInline var rawState: UInt64

    /// The current state xₖ, the last value returned by `next()` (or the seed).
    public var state: UInt64 { rawState }

    /// The modulus m as a `Double` (2⁶⁴ when `modulus` is 0), for turning outputs into x/m.
    public var modulusAsDouble: Double {
        modulus == 0 ? 0x1.0p64 : Double(modulus)
    }

    /// A generator with the given parameters, started at x₀ = `seed`.
    ///
    /// - Parameter modulus: m, or 0 for m = 2⁶⁴.
    /// - Precondition: `multiplier`, `increment` and `seed` are less than m, and if
    ///   `increment` is 0, `seed` is not 0 (0 would be a fixed point).
    public init(multiplier: UInt64, increment: UInt64, modulus: UInt64, seed: UInt64) {
        if modulus != 0 {
            precondition(multiplier < modulus, "LCG multiplier must be less than the modulus")
            precondition(increment < modulus, "LCG increment must be less than the modulus")
            precondition(seed < modulus, "LCG seed must be less than the modulus")
        }
        precondition(
            increment != 0 || seed != 0,
            "a multiplicative LCG (increment 0) must have a nonzero seed: 0 is a fixed point")
        self.multiplier = multiplier
        self.increment = increment
        self.modulus = modulus
        self.modulusIsPowerOfTwo = modulus & (modulus &- 1) == 0
        self.mask = modulus &- 1
        self.rawState = seed
    }

    /// Advances to xₖ₊₁ = (a·xₖ + c) mod m and returns it.
    @inlinable
    public mutating func next() -> UInt64 {
        if modulusIsPowerOfTwo {
            // m divides 2⁶⁴, so reducing modulo 2⁶⁴ first does not change the result.
            rawState = (multiplier &* rawState &+ increment) & mask
        } else {
            // a·x + c ≤ (m − 1)² + (m − 1) < m·2⁶⁴, so the high word is below m and the
            // full-width division cannot overflow.
            let product = multiplier.multipliedFullWidth(by: rawState)
            let (low, carry) = product.low.addingReportingOverflow(increment)
            let high = product.high &+ (carry ? 1 : 0)
            rawState = modulus.dividingFullWidth((high, low)).remainder
        }
        return rawState
    }

    /// The next output divided by m: xₖ₊₁/m, correctly rounded, in [0, 1). (For m > 2⁵³ a
    /// quotient that would round up to 1 is returned as 1 − 2⁻⁵³.)
    @inlinable
    public mutating func nextFraction() -> Double {
        let x = Double(next()) / modulusAsDouble
        return Swift.min(x, 0x1.fffffffffffffp-1)
    }
}

extension LinearCongruentialGenerator {
    /// RANDU, IBM's System/360 generator of the 1960s: a = 65539 = 2¹⁶ + 3, c = 0, m = 2³¹.
    /// Its consecutive triples lie on 15 planes (see the type's documentation); IBM advised
    /// odd seeds, for which the period is 2²⁹.
    public static func randu(seed: UInt64) -> Self {
        Self(multiplier: 65_539, increment: 0, modulus: 1 << 31, seed: seed)
    }

    /// The Park–Miller "minimal standard" multiplicative generator, m = 2³¹ − 1 and
    /// a = 16807 (`.original`) or 48271 (`.revised`), computed with full-width arithmetic.
    /// `MinimalStandard` computes the same sequence with Schrage's 32-bit method.
    public static func minimalStandard(
        seed: UInt64, multiplier: MinimalStandard.Multiplier = .original
    ) -> Self {
        Self(
            multiplier: UInt64(multiplier.rawValue), increment: 0,
            modulus: UInt64(MinimalStandard.modulus), seed: seed)
    }

    /// Knuth's MMIX generator: a = 6364136223846793005, c = 1442695040888963407, m = 2⁶⁴,
    /// full period 2⁶⁴ by the Hull–Dobell theorem. The same multiplier drives PCG32's state.
    public static func mmix(seed: UInt64) -> Self {
        Self(
            multiplier: 6_364_136_223_846_793_005, increment: 1_442_695_040_888_963_407,
            modulus: 0, seed: seed)
    }
}
