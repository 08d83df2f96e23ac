import Plotting

/// Deterministic pseudo-random numbers for tests (SplitMix64), so test data is the same on
/// every run and platform.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func uniform() -> Double {
        Double(next() >> 11) / Double(UInt64(1) << 53)
    }

    /// Roughly standard normal: the sum of twelve uniforms, minus 6.
    mutating func roughlyNormal() -> Double {
        (0..<12).reduce(0) { sum, _ in sum + uniform() } - 6
    }
}

/// Every value of the attribute `name` in `svg`, in document order.
func attributeValues(_ name: String, in svg: String) -> [String] {
    svg.split(separator: " \(name)=\"", omittingEmptySubsequences: false).dropFirst().map {
        String($0.prefix { $0 != "\"" })
    }
}

/// The text between the first `<tag …>` and `</tag>`.
func elementText(_ tag: String, in svg: String) -> String? {
    guard let open = svg.firstRange(of: "<\(tag) "), let close = svg.firstRange(of: "</\(tag)>") else { return nil }
    let afterOpen = svg[open.upperBound...].firstIndex(of: ">")!
    return String(svg[svg.index(after: afterOpen)..<close.lowerBound])
}

/// A two-panel figure exercising every kind of mark and a legend.
func sampleFigure() -> Figure {
    var rng = SplitMix64(state: 7)
    let values = (0..<2000).map { _ in rng.roughlyNormal() }
    var left = Panel(title: "Samples", xLabel: "x", yLabel: "density")
    left.histogram(values, bins: 30, normalization: .density, label: "samples")
    let xs = stride(from: -4.0, through: 4.0, by: 0.1).map { $0 }
    left.line(x: xs, y: xs.map { max(0, 0.4 - 0.1 * abs($0)) }, label: "tent")
    left.area(x: xs, lower: xs.map { _ in 0.05 }, upper: xs.map { _ in 0.1 }, label: "band")

    var right = Panel(xLabel: "input", yLabel: "output")
    let sx = (0..<500).map { _ in rng.uniform() * 10 }
    right.scatter(x: sx, y: sx.map { $0 * 0.5 + rng.roughlyNormal() }, label: "points")
    right.area(x: [0, 5, 10], y: [1, 2, 1])
    return Figure(panels: [left, right], title: "Sample", caption: "A histogram and a scatter plot.")
}
