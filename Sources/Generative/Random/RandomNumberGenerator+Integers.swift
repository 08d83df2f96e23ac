/// Uniform integers in an interval by Lemire's method (D. Lemire, "Fast random integer
/// generation in an interval", ACM Transactions on Modeling and Computer
/// Simulation 29(1), 2019).
///
/// For a bound n, take a word x and form the 128-bit product x·n. Its high word ⌊x·n/2⁶⁴⌋
/// lies in 0..<n, and would be the answer but for a small bias: 2⁶⁴ words cannot be shared
/// equally among n values unless n divides 2⁶⁴. Each value v owns the words x whose low word
/// (x·n mod 2⁶⁴) falls in an interval of length 2⁶⁴; rejecting the words whose low word is
/// below t = (2⁶⁴ − n) mod n = 2⁶⁴ mod n leaves exactly ⌊2⁶⁴/n⌋ words for each value, so the
/// accepted high word is exactly uniform. A division to compute t is needed only when the
/// low word is below n, which is rare for small n. A word is rejected with probability
/// t/2⁶⁴ < ½, so the expected number of words is 1/(1 − t/2⁶⁴): below 2 for every n, and
/// indistinguishable from 1 for small n.
///
/// The standard library's `random(in:using:)` uses a similar method, but its exact
/// algorithm is not promised to stay the same between Swift versions; this one is fixed, so
/// the book's numbers are reproducible.
extension RandomNumberGenerator {
    /// An integer uniformly distributed on 0..<`bound`, without modulo bias.
    /// - Precondition: `bound` > 0.
    @inlinable
    public mutating func nextInt(below bound: UInt64) -> UInt64 {
        precondition(bound > 0, "nextInt(below:) needs a positive bound")
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound  // (2⁶⁴ − n) mod n
            while product.low < threshold {
                product = next().multipliedFullWidth(by: bound)
            }
        }
        return product.high
    }

    /// An integer uniformly distributed on `range`, without modulo bias.
    /// - Precondition: `range` is not empty.
    @inlinable
    public mutating func nextInt(in range: Range<Int>) -> Int {
        precondition(!range.isEmpty, "nextInt(in:) needs a nonempty range")
        // The width fits in UInt64 even when it exceeds Int.max.
        let width = UInt64(truncatingIfNeeded: range.upperBound &- range.lowerBound)
        return range.lowerBound &+ Int(truncatingIfNeeded: nextInt(below: width))
    }

    /// An integer uniformly distributed on `range`, without modulo bias. The full range
    /// `Int.min...Int.max` takes one whole word.
    @inlinable
    public mutating func nextInt(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(truncatingIfNeeded: range.upperBound &- range.lowerBound) &+ 1
        if width == 0 { return Int(truncatingIfNeeded: next()) }
        return range.lowerBound &+ Int(truncatingIfNeeded: nextInt(below: width))
    }
}
