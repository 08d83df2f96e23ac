import Foundation
import Generative
import Testing

@Suite("Regularized incomplete gamma")
struct StatisticsIncompleteGammaTests {
    /// (a, x, P, Q) with P = `scipy.special.gammainc(a, x)` and Q = `scipy.special.gammaincc(a, x)`
    /// (SciPy 1.17.1). The first eight have x < a + 1 (series for P, Q = 1 − P), the rest
    /// x ≥ a + 1 (continued fraction for Q, P = 1 − Q); a runs from 0.01 to 10⁴.
    static let references: [(a: Double, x: Double, p: Double, q: Double)] = [
        (0.5, 0.1, 0.34527915398142317, 0.6547208460185768),
        (0.01, 0.5, 0.9943732438060326, 0.005626756193967183),
        (1.0, 0.5, 0.3934693402873665, 0.6065306597126334),
        (2.5, 3.1, 0.7127583165744391, 0.28724168342556083),
        (10.0, 5.0, 0.03182805730620481, 0.9681719426937951),
        (10.0, 10.99, 0.6584031165954138, 0.34159688340458616),
        (100.0, 90.0, 0.15822098918643007, 0.84177901081357),
        (1000.0, 1000.0, 0.5042052441802155, 0.4957947558197845),
        (0.01, 2.0, 0.9995033354627815, 0.0004966645372185266),
        (1.0, 3.0, 0.950212931632136, 0.04978706836786395),
        (2.5, 5.0, 0.9247647538534878, 0.07523524614651217),
        (10.0, 11.0, 0.6594893575343392, 0.3405106424656608),
        (10.0, 15.0, 0.9301463393005901, 0.06985366069940986),
        (100.0, 110.0, 0.8417213299399129, 0.15827867006008706),
        (100.0, 150.0, 0.9999940754596646, 5.924540335483916e-06),
        (1000.0, 1050.0, 0.9413288886226819, 0.05867111137731806),
        (10000.0, 10100.0, 0.8413487504471796, 0.15865124955282037),
    ]

    /// Reached: absolute error ≤ 7e-16 over the table; relative ≤ 4.3e-15 except Q(0.01, 0.5)
    /// = 0.0056, which is formed as 1 − P: 6.8e-14.
    @Test func matchesSciPyOnBothBranches() {
        for (a, x, p, q) in Self.references {
            #expect(abs(regularizedGammaP(a, x) - p) <= 1e-14, "P(\(a), \(x))")
            #expect(abs(regularizedGammaQ(a, x) - q) <= 1e-14, "Q(\(a), \(x))")
        }
    }

    /// Far tails keep their relative accuracy: Q(5, 60) = `gammaincc(5, 60)` =
    /// 5.060046065842555e-21 and P(50, 5) = `gammainc(50, 5)` = 2.181059214078525e-32.
    /// Reached: relative error ≤ 9.6e-15.
    @Test func farTailsAreRelativelyAccurate() {
        #expect(abs(regularizedGammaQ(5, 60) / 5.060046065842555e-21 - 1) <= 1e-13)
        #expect(abs(regularizedGammaP(50, 5) / 2.181059214078525e-32 - 1) <= 1e-13)
    }

    /// Closed forms: P(1, x) = 1 − e⁻ˣ and Q(½, x) = erfc(√x) (Glibc's `expm1` and `erfc`).
    /// Reached: ≤ 2.5e-16.
    @Test(arguments: [0.01, 0.3, 1.0, 1.4999, 1.5, 2.0, 7.5, 30.0])
    func matchesClosedForms(x: Double) {
        #expect(abs(regularizedGammaP(1, x) - -expm1(-x)) <= 1e-15)
        #expect(abs(regularizedGammaQ(0.5, x) - erfc(x.squareRoot())) <= 1e-15)
    }

    @Test func endpoints() {
        #expect(regularizedGammaP(3, 0) == 0)
        #expect(regularizedGammaQ(3, 0) == 1)
        #expect(regularizedGammaP(3, .infinity) == 1)
        #expect(regularizedGammaQ(3, .infinity) == 0)
    }
}
