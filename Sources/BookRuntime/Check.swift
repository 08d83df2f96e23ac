// Checks for an exercise's check cell: each call is one case, and prints one line, its
// verdict. A case that passes prints `✓ name`; one that fails prints
// `✗ name: got …, expected …; hint`, so the reader sees what their answer did and where to
// look. `ganbook exercise --check` counts these lines: an answer passes when at least one
// case ran and none failed.
//
//     check("F⁻¹(0.5) is the median ln 2", sampler(0.5), close: log(2), tolerance: 1e-12,
//           hint: "invert F(x) = 1 − e^{−λx} for x")

/// The case passes when `value` is within `tolerance` of `expected`: |value − expected| ≤
/// tolerance (a NaN never is).
public func check(_ name: String, _ value: Double, close expected: Double, tolerance: Double, hint: String) {
    let passed = abs(value - expected) <= tolerance
    CheckVerdict.print(name, passed: passed, detail: "got \(value), expected \(expected) ± \(tolerance)", hint: hint)
}

/// The case passes when `value` equals `expected`.
public func check<Value: Equatable>(_ name: String, _ value: Value, equals expected: Value, hint: String) {
    CheckVerdict.print(name, passed: value == expected, detail: "got \(value), expected \(expected)", hint: hint)
}

/// The case passes when `passed` is true: for a property rather than a value, such as a
/// test's p-value above a threshold (say what was measured in `name`).
public func check(_ name: String, _ passed: Bool, hint: String) {
    CheckVerdict.print(name, passed: passed, detail: nil, hint: hint)
}

/// The verdict lines `check` prints, and their count in a cell's output.
public enum CheckVerdict {
    public static let passMark = "✓ "
    public static let failMark = "✗ "

    static func print(_ name: String, passed: Bool, detail: String?, hint: String) {
        let line = passed ? passMark + name : failMark + name + (detail.map { ": " + $0 } ?? "") + "; " + hint
        CellCapture.print([line], separator: " ", terminator: "\n")
    }

    /// How many cases passed and failed in `output`, the text of a check cell.
    public static func count(in output: String) -> (passed: Int, failed: Int) {
        let lines = output.split(separator: "\n")
        return (lines.filter { $0.hasPrefix(passMark) }.count, lines.filter { $0.hasPrefix(failMark) }.count)
    }
}
