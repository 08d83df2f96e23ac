extension RandomNumberGenerator {
    /// A double uniformly distributed on [0, 1): the top 53 bits of the next output, scaled by
    /// 2⁻⁵³. Every result is a multiple of 2⁻⁵³, each with probability 2⁻⁵³, and 1 is never
    /// returned.
    public mutating func nextUniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }
}
