import Foundation
import Generative
import Testing

@Suite("Quadrature")
struct NumericsQuadratureTests {
    /// One Kronrod step (depth 0) must be exact for every monomial up to degree 22, which also
    /// checks each of the fifteen nodes and weights: a wrong digit in one breaks some degree.
    @Test func oneKronrodRuleIsExactForPolynomialsOfDegree22() {
        for degree in 0...22 {
            let exact = degree % 2 == 0 ? 2 / Double(degree + 1) : 0
            let value = integrate(from: -1, to: 1, maximumDepth: 0) { pow($0, Double(degree)) }
            #expect(abs(value - exact) < 1e-15, "degree \(degree)")
        }
    }

    /// The Gauss weights enter only the error estimate, so a wrong one shows as halvings on a
    /// polynomial the Gauss rule integrates exactly: degree 13 must pass on the first try, which
    /// the unsplit and fully split results agreeing to the last bit shows.
    @Test func theGaussEstimateIsExactToDegree13() {
        let polynomial = { (x: Double) in 3 * pow(x, 13) - pow(x, 12) + 0.5 * pow(x, 7) + 2 }
        let unsplit = integrate(from: -1, to: 1, tolerance: 1e-14, maximumDepth: 0, polynomial)
        let adaptive = integrate(from: -1, to: 1, tolerance: 1e-14, maximumDepth: 30, polynomial)
        #expect(unsplit == adaptive)
        #expect(abs(adaptive - (-2.0 / 13 + 4)) < 1e-15)
    }

    /// Reference values from mpmath at 30 digits.
    @Test func matchesHighPrecisionValues() {
        // ∫₀^π sin x dx = 2; ∫₀¹ eˣ dx = e − 1; ∫₀¹ √x dx = 2/3 (a singular derivative at 0).
        #expect(abs(integrate(from: 0, to: .pi, sin) - 2) < 1e-14)
        #expect(abs(integrate(from: 0, to: 1, exp) - (M_E - 1)) < 1e-14)
        #expect(abs(integrate(from: 0, to: 1, sqrt) - 2.0 / 3) < 1e-12)
        // ∫_{−1}^{2} φ(x) dx = Φ(2) − Φ(−1) = 0.81859461412036374…
        let phi = { (x: Double) in exp(-0.5 * x * x) / (2 * Double.pi).squareRoot() }
        #expect(abs(integrate(from: -1, to: 2, phi) - 0.8185946141203637) < 1e-14)
    }

    @Test func handlesAKinkByHalving() {
        // ∫_{−1}^{2} |x| dx = 1/2 + 2 = 2.5: the kink at 0 is not a node of any halving.
        #expect(abs(integrate(from: -1, to: 2, abs) - 2.5) < 1e-12)
    }
}
