extension Reference {
    /// 2ᵗ for t ≤ 0, as the Gaussian-terms kernel computes it: t = k + f with k = round(t),
    /// found by adding and subtracting 1.5·2⁵² (the sum has no bits below the units place, so
    /// the addition itself rounds), f ∈ [−½, ½]; 2ᶠ from Cephes' rational approximation
    /// (S. L. Moshier, Methods and Programs for Mathematical Functions, 1989),
    ///
    ///     2ᶠ = 1 + 2·f·P(f²) / (Q(f²) − f·P(f²)),
    ///
    /// relative error below 2e-16 on [−½, ½]; 2ᵏ built from its exponent bits (the low bits
    /// of t + 1.5·2⁵² already hold k); and exactly 0 below −1022, where 2ᵗ is too small to
    /// be a normal double. NaN stays NaN.
    package static func exp2(ofNonPositive t: Double) -> Double {
        if t < -1022 { return 0 }
        let shifter = 0x1.8p52
        let shifted = t + shifter
        let k = shifted - shifter
        let f = t - k
        let ff = f * f
        let p = f * ((2.30933477057345225087e-2 * ff + 2.02020656693165307700e1) * ff + 1.51390680115615096133e3)
        let q = (ff + 2.33184211722314911771e2) * ff + 4.36821166879210612817e3
        let twoToF = 1 + 2 * (p / (q - p))
        return twoToF * Double(bitPattern: (shifted.bitPattern &+ 1023) << 52)
    }

    /// κ(r²) = Σ_b 2^(s_b·r²) and κ′(r²) = −Σ_b γ_b·2^(s_b·r²), the sums over b in order,
    /// for the exponent scales s_b = −γ_b·log₂e and rates γ_b of `GaussianTerms`. The kernel
    /// `gk_gaussian_terms` gives these bits in every build.
    package static func gaussianTerms(
        squaredDistance r2: Double, scales: [Double], rates: [Double]
    ) -> (value: Double, slope: Double) {
        var (value, slope) = (0.0, 0.0)
        for b in scales.indices {
            let e = exp2(ofNonPositive: scales[b] * r2)
            value += e
            slope -= rates[b] * e
        }
        return (value, slope)
    }
}
