import Plotting
import Testing

/// `formatFixed` writes its digits byte by byte; they must be the digits of the rounded value
/// as its documentation defines them, which `plainFixed` spells out with string operations.
struct NumberFormattingTests {
    @Test func examples() {
        #expect(formatFixed(2.50, decimals: 2) == "2.5")
        #expect(formatFixed(-0.004, decimals: 2) == "0")
        #expect(formatFixed(-0.05, decimals: 2) == "-0.05")
        #expect(formatFixed(1234.5, decimals: 0) == "1235")
        #expect(formatFixed(100, decimals: 3) == "100")
        #expect(formatFixed(0.000_012_5, decimals: 17) == "0.0000125")
    }

    @Test func digitsAreThoseOfTheRoundedValue() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let mantissa = Double(state >> 11) / Double(1 << 53) - 0.5
            let value = mantissa * powerOfTen(Int(state % 13) - 4)
            for decimals in [0, 1, 2, 3, 6, 17] {
                #expect(formatFixed(value, decimals: decimals) == plainFixed(value, decimals: decimals), "\(value)")
            }
        }
    }

    /// The definition: |value|·10^decimals rounded, as a decimal integer, the point put in
    /// front of its last `decimals` digits, trailing zeros and a bare point removed.
    private func plainFixed(_ value: Double, decimals requested: Int) -> String {
        var decimals = requested
        while decimals > 0 && abs(value) * powerOfTen(decimals) >= 9e18 { decimals -= 1 }
        let scaled = (value * powerOfTen(decimals)).rounded()
        if scaled == 0 { return "0" }
        var digits = String(Int64(abs(scaled)))
        if decimals > 0 {
            if digits.count <= decimals { digits = String(repeating: "0", count: decimals + 1 - digits.count) + digits }
            let split = digits.index(digits.endIndex, offsetBy: -decimals)
            var fraction = digits[split...]
            while fraction.last == "0" { fraction.removeLast() }
            digits = String(digits[..<split]) + (fraction.isEmpty ? "" : "." + fraction)
        }
        return (scaled < 0 ? "-" : "") + digits
    }
}
