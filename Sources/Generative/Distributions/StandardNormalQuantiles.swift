/// Φ⁻¹(p) for every p of `probabilities`, written to `quantiles`: bit for bit what
/// `standardNormalQuantile(p)` returns, about 1.6 times as fast for many uniform p.
///
/// The scalar function is slow for the processor rather than for the arithmetic: Horner's
/// rule is a chain of multiply–add steps that each wait for the one before, and whether p
/// falls in the centre (85% of uniform p) or in a tail is a branch that cannot be
/// predicted. Here the same operations run in an order that keeps the processor busy, one
/// block of 1 024 probabilities at a time:
///
/// 1. The centre, eight lanes at a time: AS 241's central rational (`wichuraCentre`, the
///    code the scalar function runs) for every p, without a branch, listing the indices of
///    the p whose quantile is not that value.
/// 2. The listed p, in two sweeps over the list: AS 241 (`wichuraQuantile`), then the Newton
///    step (`newtonStepInTail`), the two halves of the scalar function. Each sweep is a loop
///    of independent iterations with one `log` or `exp` and one rational function, and the
///    processor overlaps them (measured faster than one loop doing both halves).
///
/// **Same bits.** A lane of pass 1 does, in the same order, the IEEE operations that the
/// scalar function does for its p (see `DoubleLanes`), and it is kept only where the scalar
/// function returns AS 241's central value unchanged: where |p − ½| ≤ 0.425 (AS 241's
/// central branch) and min(p, 1 − p) ≥ 0.075 (no Newton step). The two tests pick the same
/// p, but checking both costs little and needs no proof. Pass 2 is the scalar function.
///
/// - Precondition: `probabilities` and `quantiles` have the same count and do not overlap,
///   and every p lies in [0, 1]. (A p outside [0, 1], or NaN, is never central, so
///   `wichuraQuantile` checks it in pass 2.)
public func standardNormalQuantiles(
    _ probabilities: UnsafeBufferPointer<Double>, into quantiles: UnsafeMutableBufferPointer<Double>
) {
    precondition(probabilities.count == quantiles.count, "one quantile for each probability")
    precondition(!overlap(probabilities, quantiles), "the quantiles must not overwrite the probabilities")
    withUnsafeTemporaryAllocation(of: Int.self, capacity: blockLength) { others in
        for start in stride(from: 0, to: probabilities.count, by: blockLength) {
            let block = start..<min(start + blockLength, probabilities.count)
            let count = centralQuantiles(probabilities, into: quantiles, in: block, others: others)
            for i in others[..<count] { quantiles[i] = wichuraQuantile(probabilities[i]) }
            for i in others[..<count] { quantiles[i] = newtonStepInTail(quantiles[i], probability: probabilities[i]) }
        }
    }
}

/// `standardNormalQuantile` of every probability, in order; see
/// `standardNormalQuantiles(_:into:)`.
public func standardNormalQuantiles(_ probabilities: [Double]) -> [Double] {
    [Double](unsafeUninitializedCapacity: probabilities.count) { quantiles, count in
        probabilities.withUnsafeBufferPointer { standardNormalQuantiles($0, into: quantiles) }
        count = probabilities.count
    }
}

/// How many probabilities go through both passes at a time: the block's probabilities,
/// quantiles and indices (24 KB) stay in the L1 cache. A multiple of `Lanes.scalarCount`.
private let blockLength = 1_024

/// The lanes of pass 1: eight doubles, four SSE2 registers, enough independent chains to
/// hide the latency of Horner's rule (measured at least as fast as four).
private typealias Lanes = SIMD8<Double>

/// Pass 1 over `block`: writes AS 241's central value for every p and lists at the start of
/// `others` the indices of the p where that is not the quantile, then those of the last
/// few p, fewer than a vector; returns how many it listed.
private func centralQuantiles(
    _ probabilities: UnsafeBufferPointer<Double>, into quantiles: UnsafeMutableBufferPointer<Double>,
    in block: Range<Int>, others: UnsafeMutableBufferPointer<Int>
) -> Int {
    var count = 0
    var start = block.lowerBound
    while start + Lanes.scalarCount <= block.upperBound {
        let p = UnsafeRawPointer(probabilities.baseAddress! + start).loadUnaligned(as: Lanes.self)
        let q = p - 0.5
        UnsafeMutableRawPointer(quantiles.baseAddress! + start).storeBytes(of: wichuraCentre(q), as: Lanes.self)
        let isCentral = (q .>= -0.425) .& (q .<= 0.425) .& (p .>= 0.075) .& (1 - p .>= 0.075)
        // Listed without a branch: every index is written at the end of the list, and the
        // end moves past those that are not central.
        let isOther = Lanes.MaskStorage(repeating: 1).replacing(with: 0, where: isCentral)
        for lane in 0..<Lanes.scalarCount {
            others[count] = start + lane
            count += Int(isOther[lane])
        }
        start += Lanes.scalarCount
    }
    for i in start..<block.upperBound {
        others[count] = i
        count += 1
    }
    return count
}

/// Whether two buffers share memory.
private func overlap(_ a: UnsafeBufferPointer<Double>, _ b: UnsafeMutableBufferPointer<Double>) -> Bool {
    let b = UnsafeBufferPointer(b)
    guard let aStart = a.baseAddress, let bStart = b.baseAddress else { return false }
    return aStart < bStart + b.count && bStart < aStart + a.count
}
