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

/// Calls `body` until `seconds` have passed and returns how many times it ran, and the
/// fastest call in seconds: on a shared machine the mean counts the neighbours' load, the
/// fastest call is the nearest to the time on an idle one.
func repeatFor(seconds: Double, _ body: () -> Void) -> (calls: Int, fastest: Double) {
    let clock = ContinuousClock()
    let end = clock.now.advanced(by: .milliseconds(Int(seconds * 1000)))
    var calls = 0
    var fastest = Double.infinity
    var start = clock.now
    while start < end {
        body()
        let now = clock.now
        fastest = min(fastest, (now - start).seconds)
        start = now
        calls += 1
    }
    return (calls, fastest)
}
