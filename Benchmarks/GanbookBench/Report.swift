/// One line of the benchmark's table: a workload's time, the reference's time where there is
/// one, and whether the target is met.
struct ReportLine {
    var workload: String
    var swift: String
    var numpy: String = ""
    var ratio: String = ""
    var target: String
    /// Whether the target is met; nil for a line that only adds a figure (GFLOP/s).
    var met: Bool?

    /// The line, in columns wide enough for every workload.
    var text: String {
        [pad(workload, 14), pad(swift, 16), pad(numpy, 12), pad(ratio, 9), pad(target, 22), met.map { $0 ? "met" : "NOT MET" } ?? ""]
            .joined()
    }

    static let header = [pad("workload", 14), pad("Swift", 16), pad("NumPy", 12), pad("ratio", 9), pad("target", 22), "result"]
        .joined()
}

/// `text` followed by spaces up to `width` characters (and at least one space).
private func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(1, width - text.count))
}

/// A time in seconds with a unit that keeps three or four significant digits.
func formatTime(_ seconds: Double) -> String {
    switch seconds {
    case ..<1e-6: return format(seconds * 1e9, 2) + " ns"
    case ..<1e-3: return format(seconds * 1e6, 1) + " µs"
    case ..<1: return format(seconds * 1e3, 2) + " ms"
    default: return format(seconds, 2) + " s"
    }
}

/// `value` with `digits` digits after the point.
func format(_ value: Double, _ digits: Int) -> String {
    var scaled = value
    for _ in 0..<digits { scaled *= 10 }
    let rounded = scaled.rounded()
    var text = String(Int(rounded.magnitude))
    if digits > 0 {
        text = String(repeating: "0", count: max(0, digits + 1 - text.count)) + text
        text.insert(".", at: text.index(text.endIndex, offsetBy: -digits))
    }
    return (rounded < 0 ? "-" : "") + text
}
