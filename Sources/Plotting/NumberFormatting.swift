/// Deterministic number formatting, written out by hand so the SVG never depends on
/// Foundation, the locale, or the platform's `printf`: the same figure renders to the same
/// bytes everywhere.

/// `10^k` as the correctly rounded `Double`, parsed from a decimal literal so that, unlike
/// repeated multiplication, it carries no accumulated rounding error.
package func powerOfTen(_ k: Int) -> Double {
    powersOfTen.indices.contains(k) ? powersOfTen[k] : Double("1e\(k)")!
}

/// 10⁰ … 10²², parsed once: every figure coordinate needs one, and parsing costs more than
/// the rest of formatting it.
private let powersOfTen = (0...22).map { Double("1e\($0)")! }

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
package func formatFixed(_ value: Double, decimals requested: Int) -> String {
    var decimals = max(0, min(requested, 17))
    while decimals > 0 && abs(value) * powerOfTen(decimals) >= 9e18 { decimals -= 1 }
    let scaled = (value * powerOfTen(decimals)).rounded()
    guard abs(scaled) < 9e18 else { return formatScientific(value, mantissaDecimals: 3) }
    if scaled == 0 { return "0" }
    // |scaled| = n·10^k with the fraction's trailing zeros divided out, so n's last k digits are
    // the fraction as written; the bytes are written from the last digit back (figures hold
    // hundreds of thousands of these numbers).
    var (n, k) = (UInt64(abs(scaled)), decimals)
    while k > 0 && n % 10 == 0 { (n, k) = (n / 10, k - 1) }
    var count = 1
    var rest = n
    while rest >= 10 { (rest, count) = (rest / 10, count + 1) }
    let digits = max(count, k + 1)  // the integer part is at least "0"
    let negative = scaled < 0
    let length = (negative ? 1 : 0) + digits + (k > 0 ? 1 : 0)
    return String(unsafeUninitializedCapacity: length) { bytes in
        var (position, rest) = (length, n)
        for digit in 0..<digits {
            if digit == k && k > 0 {
                position -= 1
                bytes[position] = UInt8(ascii: ".")
            }
            position -= 1
            bytes[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        if negative { bytes[0] = UInt8(ascii: "-") }
        return length
    }
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
