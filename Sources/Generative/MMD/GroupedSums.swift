// Reductions over a row, written with four explicit lanes.
//
// A plain `for j { sum += x[j] }` is a chain of dependent additions that the compiler may not
// reorder (floating-point addition is not associative), so it neither vectorises nor
// overlaps. Four partial sums, added lane by lane and then together, are a fixed
// reassociation: four times the throughput, and the same bits on every machine, because the
// order is written down rather than left to the vector width.

/// Σⱼ xⱼ for j < count: lanes j mod 4 summed separately, then (s₀ + s₁) + (s₂ + s₃), then the
/// last count mod 4 elements in order.
@inline(__always)
func groupedSum(_ x: UnsafePointer<Double>, _ count: Int) -> Double {
    var lanes = SIMD4<Double>()
    let whole = count & ~3
    var j = 0
    while j < whole {
        lanes += loadGroup(x + j)
        j &+= 4
    }
    var sum = (lanes[0] + lanes[1]) + (lanes[2] + lanes[3])
    while j < count {
        sum += x[j]
        j &+= 1
    }
    return sum
}

/// Σⱼ xⱼ·yⱼ for j < count, in the lane order of `groupedSum`.
@inline(__always)
func groupedDot(_ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, _ count: Int) -> Double {
    var lanes = SIMD4<Double>()
    let whole = count & ~3
    var j = 0
    while j < whole {
        lanes += loadGroup(x + j) * loadGroup(y + j)
        j &+= 4
    }
    var sum = (lanes[0] + lanes[1]) + (lanes[2] + lanes[3])
    while j < count {
        sum += x[j] * y[j]
        j &+= 1
    }
    return sum
}

/// Four consecutive doubles, with no alignment required.
@inline(__always)
func loadGroup(_ p: UnsafePointer<Double>) -> SIMD4<Double> {
    UnsafeRawPointer(p).loadUnaligned(as: SIMD4<Double>.self)
}
