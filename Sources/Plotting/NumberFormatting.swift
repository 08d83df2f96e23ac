/// Deterministic number formatting, written out by hand so the SVG never depends on
/// Foundation, the locale, or the platform's `printf`: the same figure renders to the same
/// bytes everywhere.

/// `10^k` as the correctly rounded `Double`, parsed from a decimal literal so that, unlike
/// repeated multiplication, it carries no accumulated rounding error.
func powerOfTen(_ k: Int) -> Double {
    Double("1e\(k)")!
}

/// The decimal exponent `e` with `10^e <= magnitude < 10^(e+1)`, for a positive finite
/// `magnitude`. Computed without `log10` (which would need the C library) by estimating from
/// the binary exponent and correcting.
func decimalExponent(_ magnitude: Double) -> Int {
    var e = Int((Double(magnitude.exponent) * 0.301_029_995_663_981_2).rounded(.down))
    while powerOfTen(e) > magnitude { e -= 1 }
    while powerOfTen(e + 1) <= magnitude { e += 1 }
    return e
}

/// `value` rounded to `decimals` places, trailing zeros (and a bare point) removed, e.g.
/// `formatFixed(2.50, decimals: 2) == "2.5"`. Never produces `-0`: anything that rounds to
/// zero is written `0`. Values too large for the requested precision fall back to
/// scientific notation rather than overflowing.
func formatFixed(_ value: Double, decimals requested: Int) -> String {
    var decimals = max(0, min(requested, 17))
    while decimals > 0 && abs(value) * powerOfTen(decimals) >= 9e18 { decimals -= 1 }
    let scaled = (value * powerOfTen(decimals)).rounded()
    guard abs(scaled) < 9e18 else { return formatScientific(value, mantissaDecimals: 3) }
    if scaled == 0 { return "0" }
    var digits = String(Int64(abs(scaled)))
    if decimals > 0 {
        if digits.count <= decimals {
            digits = String(repeating: "0", count: decimals + 1 - digits.count) + digits
        }
        let split = digits.index(digits.endIndex, offsetBy: -decimals)
        var fraction = digits[split...]
        while fraction.last == "0" { fraction.removeLast() }
        digits = String(digits[..<split]) + (fraction.isEmpty ? "" : "." + fraction)
    }
    return (scaled < 0 ? "-" : "") + digits
}

/// `value` as `mantissa e exponent` with one nonzero digit before the point, e.g. `2.5e-7`,
/// `1e6`. Zero is written `0`.
func formatScientific(_ value: Double, mantissaDecimals: Int) -> String {
    if value == 0 { return "0" }
    var exponent = decimalExponent(abs(value))
    var mantissa = formatFixed(value / powerOfTen(exponent), decimals: mantissaDecimals)
    if mantissa == "10" || mantissa == "-10" {  // 9.99… rounded up to the next decade
        exponent += 1
        mantissa = formatFixed(value / powerOfTen(exponent), decimals: mantissaDecimals)
    }
    return mantissa + "e" + String(exponent)
}

/// A pixel coordinate with two decimals, far more than a screen can show. Coordinates are
/// clamped to ±10⁷ px so that data far outside a fixed axis range (which the clip path hides
/// anyway) cannot produce huge or non-finite numbers.
func coordinate(_ value: Double) -> String {
    formatFixed(min(max(value, -1e7), 1e7), decimals: 2)
}
