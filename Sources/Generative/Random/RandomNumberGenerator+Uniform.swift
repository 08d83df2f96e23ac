/// Uniform doubles from 64-bit words. Both conversions use one word each and are exact: the
/// integer taken from the word is converted to `Double` without rounding and scaled by a
/// power of two, so every possible result is equally likely.
extension RandomNumberGenerator {
    /// A double uniformly distributed on [0, 1): the top 53 bits of the next output, scaled by
    /// 2⁻⁵³. Every result is a multiple of 2⁻⁵³, each with probability 2⁻⁵³, and 1 is never
    /// returned.
    @inlinable
    public mutating func nextUniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A double uniformly distributed on the open interval (0, 1), for samplers that take a
    /// logarithm (or divide) and must never see 0 — or 1, as in log(1 − u).
    ///
    /// The result is (k + ½)·2⁻⁵² where k is the top 52 bits of the next output: the 2⁵² odd
    /// multiples of 2⁻⁵³, from 2⁻⁵³ to 1 − 2⁻⁵³, each with probability 2⁻⁵². The midpoints
    /// make the set symmetric about ½, so u and 1 − u have the same distribution.
    ///
    /// Only 52 bits are used because k + ½ must be exact: with 53 bits, (2⁵³ − 1) + ½ needs
    /// 54 significant bits and rounds to 2⁵³, which would return exactly 1.
    @inlinable
    public mutating func nextOpenUniform() -> Double {
        (Double(next() >> 12) + 0.5) * 0x1.0p-52
    }
}
