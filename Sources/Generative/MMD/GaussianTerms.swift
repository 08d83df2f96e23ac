/// The row evaluation shared by `GaussianKernel` and `SumOfGaussiansKernel`:
///
///     κ(r²) = Σ_b exp(−γ_b r²) = Σ_b 2^(−c_b r²),      κ′(r²) = −Σ_b γ_b exp(−γ_b r²),
///
/// with γ_b = 1/(2σ_b²) and c_b = γ_b·log₂e, so that each term is one call of
/// `exp2OfNonPositive` on a multiple of r² (the multiplier −c_b is stored with its sign, which
/// saves a negation per term and gives the same bits). Rows are processed four squared
/// distances at a time; a last partial group is padded with r² = +∞, whose terms are exactly
/// 0 and are not stored. The scalar functions evaluate the same lanes, so a kernel value does
/// not depend on whether it was computed alone or as part of a row.
struct GaussianTerms: Sendable {
    /// γ_b = 1/(2σ_b²).
    let rates: [Double]
    /// −c_b = −γ_b·log₂e.
    let exponentScales: [Double]

    init(bandwidths: [Double]) {
        precondition(!bandwidths.isEmpty, "a Gaussian kernel needs at least one bandwidth")
        precondition(
            bandwidths.allSatisfy { $0 > 0 && $0.isFinite }, "a bandwidth must be positive and finite")
        rates = bandwidths.map { 1 / (2 * $0 * $0) }
        exponentScales = rates.map { -($0 * 1.442_695_040_888_963_407_36) }
    }

    func value(squaredDistance r2: Double) -> Double {
        lanes(SIMD4(repeating: r2)).value[0]
    }

    func valueAndSlope(squaredDistance r2: Double) -> (value: Double, slope: Double) {
        let (value, slope) = lanes(SIMD4(repeating: r2))
        return (value[0], slope[0])
    }

    /// κ and κ′ for four squared distances.
    @inline(__always)
    private func lanes(_ r2: SIMD4<Double>) -> (value: SIMD4<Double>, slope: SIMD4<Double>) {
        var value = SIMD4<Double>()
        var slope = SIMD4<Double>()
        for b in rates.indices {
            let e = exp2OfNonPositive(exponentScales[b] * r2)
            value += e
            slope -= rates[b] * e
        }
        return (value, slope)
    }

    func values(overwriting buffer: UnsafeMutableBufferPointer<Double>) {
        guard let base = buffer.baseAddress else { return }
        exponentScales.withUnsafeBufferPointer { c in
            @inline(__always) func group(_ r2: SIMD4<Double>) -> SIMD4<Double> {
                var value = SIMD4<Double>()
                for cb in c { value += exp2OfNonPositive(cb * r2) }
                return value
            }
            let whole = buffer.count & ~3
            var j = 0
            while j < whole {
                storeGroup(group(loadGroup(base + j)), base + j)
                j &+= 4
            }
            if whole < buffer.count {
                let value = group(loadPartialGroup(base + whole, count: buffer.count - whole))
                for l in 0..<(buffer.count - whole) { base[whole + l] = value[l] }
            }
        }
    }

    func valuesAndSlopes(
        overwriting buffer: UnsafeMutableBufferPointer<Double>, slopes: UnsafeMutableBufferPointer<Double>
    ) {
        precondition(slopes.count >= buffer.count, "one slope per squared distance")
        guard let base = buffer.baseAddress, let slopeBase = slopes.baseAddress else { return }
        exponentScales.withUnsafeBufferPointer { c in
            rates.withUnsafeBufferPointer { gamma in
                @inline(__always) func group(_ r2: SIMD4<Double>) -> (SIMD4<Double>, SIMD4<Double>) {
                    var value = SIMD4<Double>()
                    var slope = SIMD4<Double>()
                    for b in 0..<c.count {
                        let e = exp2OfNonPositive(c[b] * r2)
                        value += e
                        slope -= gamma[b] * e
                    }
                    return (value, slope)
                }
                let whole = buffer.count & ~3
                var j = 0
                while j < whole {
                    let (value, slope) = group(loadGroup(base + j))
                    storeGroup(value, base + j)
                    storeGroup(slope, slopeBase + j)
                    j &+= 4
                }
                if whole < buffer.count {
                    let (value, slope) = group(loadPartialGroup(base + whole, count: buffer.count - whole))
                    for l in 0..<(buffer.count - whole) {
                        base[whole + l] = value[l]
                        slopeBase[whole + l] = slope[l]
                    }
                }
            }
        }
    }
}

/// A kernel whose κ is a `GaussianTerms`: `GaussianKernel` (one term) and
/// `SumOfGaussiansKernel` (several). They differ only in how they are made and named; the
/// four functions of `RadialKernel` are written once, here, as those of their terms.
protocol GaussianTermsKernel: RadialKernel {
    var terms: GaussianTerms { get }
}

extension GaussianTermsKernel {
    public func value(squaredDistance: Double) -> Double {
        terms.value(squaredDistance: squaredDistance)
    }

    public func valueAndSlope(squaredDistance: Double) -> (value: Double, slope: Double) {
        terms.valueAndSlope(squaredDistance: squaredDistance)
    }

    public func values(overwriting buffer: UnsafeMutableBufferPointer<Double>) {
        terms.values(overwriting: buffer)
    }

    public func valuesAndSlopes(
        overwriting buffer: UnsafeMutableBufferPointer<Double>, slopes: UnsafeMutableBufferPointer<Double>
    ) {
        terms.valuesAndSlopes(overwriting: buffer, slopes: slopes)
    }
}

/// Four consecutive doubles, with no alignment required.
@inline(__always)
func loadGroup(_ p: UnsafePointer<Double>) -> SIMD4<Double> {
    UnsafeRawPointer(p).loadUnaligned(as: SIMD4<Double>.self)
}

/// The first `count` (< 4) doubles at `p`, the other lanes +∞.
@inline(__always)
func loadPartialGroup(_ p: UnsafePointer<Double>, count: Int) -> SIMD4<Double> {
    var group = SIMD4<Double>(repeating: .infinity)
    for l in 0..<count { group[l] = p[l] }
    return group
}

/// Stores four lanes at `p`, with no alignment required.
@inline(__always)
func storeGroup(_ group: SIMD4<Double>, _ p: UnsafeMutablePointer<Double>) {
    UnsafeMutableRawPointer(p).storeBytes(of: group, as: SIMD4<Double>.self)
}
