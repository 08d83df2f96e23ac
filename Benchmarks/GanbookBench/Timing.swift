/// The median over five repetitions of the mean time of one call, in seconds, after a
/// warm-up of max(3, n/10) calls: the `timeit` of `numpy_reference.py`, so the two sides of
/// every ratio are measured the same way. The median, not the mean, because the machine is
/// shared and a repetition that a neighbour's build interrupts should not count.
func medianSecondsPerCall(iterations n: Int, _ body: () -> Void) -> Double {
    for _ in 0..<max(3, n / 10) { body() }
    let clock = ContinuousClock()
    var repetitions: [Double] = []
    for _ in 0..<5 {
        let elapsed = clock.measure {
            for _ in 0..<n { body() }
        }
        repetitions.append(elapsed.seconds / Double(n))
    }
    return repetitions.sorted()[repetitions.count / 2]
}

/// Keeps a value alive so that the optimiser cannot delete the computation that produced it.
/// A function the optimiser may not look into is the usual way to say "this is used".
@_optimize(none)
func blackHole<T>(_ value: T) {}

extension Duration {
    /// The duration in seconds, as a `Double`.
    var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) * 1e-18
    }
}

/// Calls `body` until `seconds` have passed and returns how many times it ran.
func repeatFor(seconds: Double, _ body: () -> Void) -> Int {
    let clock = ContinuousClock()
    let end = clock.now.advanced(by: .milliseconds(Int(seconds * 1000)))
    var calls = 0
    while clock.now < end {
        body()
        calls += 1
    }
    return calls
}
