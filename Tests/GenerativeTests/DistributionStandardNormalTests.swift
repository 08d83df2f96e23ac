import Foundation
import Generative
import Testing

@Suite("Standard normal: Φ, 1 − Φ and Φ⁻¹ to double precision")
struct DistributionStandardNormalTests {
    /// (x, Φ(x)) with Φ(x) = `mpmath.ncdf(x)` at `mp.dps = 50` (mpmath 1.3.0), printed to
    /// 20 significant digits. x runs over the centre (|x| ≤ 0.674, both sides of Cody's first
    /// break at 0.67448975), the shoulders (1 to 6, both sides of the second break at √32 ≈
    /// 5.657) and the deep lower tail down to −37.5, where Φ is 4.6e-308, just above the
    /// smallest normal double.
    static let cdfReferences: [(x: Double, cdf: Double)] = [
        (0, 0.5),
        (0.25, 0.59870632568292372424),
        (-0.5, 0.30853753872598689636),
        (0.67448975, 0.74999999993768981536),
        (-0.6745, 0.24999674286369916889),
        (1, 0.84134474606854294859),
        (-1, 0.15865525393145705141),
        (1.5, 0.93319279873114193400),
        (-2, 0.022750131948179207200),
        (2.5, 0.99379033467422386483),
        (-3, 0.0013498980316300945267),
        (3.75, 0.99991158271479919613),
        (-4, 0.000031671241833119921254),
        (-4.40625, 5.2587784356230157198e-6),
        (5, 0.99999971334842812081),
        (-5.65, 8.0223918506634975991e-9),
        (-5.66, 7.5686497519977137143e-9),
        (6, 0.99999999901341235496),
        (-8, 6.2209605742717841235e-16),
        (-10, 7.6198530241605260660e-24),
        (-20, 2.7536241186062336951e-89),
        (-30, 4.9067139271481870595e-198),
        (-37, 5.7255712225245768227e-300),
        (-37.5, 4.6053530095819548438e-308),
    ]

    /// (x, 1 − Φ(x)) with 1 − Φ(x) = `mpmath.ncdf(-x)`, same precision, into the upper tail.
    static let survivalReferences: [(x: Double, survival: Double)] = [
        (-3, 0.99865010196836990547),
        (1, 0.15865525393145705141),
        (2.5, 0.0062096653257761351670),
        (5, 2.8665157187919391167e-7),
        (8.3, 5.2055697448902540246e-17),
        (10, 7.6198530241605260660e-24),
        (20, 2.7536241186062336951e-89),
        (30, 4.9067139271481870595e-198),
        (37, 5.7255712225245768227e-300),
        (37.5, 4.6053530095819548438e-308),
    ]

    /// (p, Φ⁻¹(p)), Φ⁻¹ of the double p (as written, after rounding to binary) found with
    /// `mpmath.findroot` on ln Φ(z) − ln p at `mp.dps = 50` and checked to satisfy
    /// |Φ(z)/p − 1| < 1e-40; 20 significant digits. 1 − 1e-16 rounds to 1 − 2⁻⁵³, the largest
    /// double below 1, whose quantile is 8.2095…; 0.075 is AS 241's break between its central
    /// and tail formulas.
    static let quantileReferences: [(p: Double, quantile: Double)] = [
        (0.5, 0),
        (0.975, 1.9599639845400538556),
        (0.3, -0.52440051270804081597),
        (0.075, -1.4395314709384559349),
        (1e-3, -3.0902323061678135354),
        (1e-10, -6.3613409024040561991),
        (1e-50, -14.933337534788488981),
        (1e-100, -21.273453560965324294),
        (1e-300, -37.047096299361199237),
        (1 - 1e-3, 3.0902323061678132778),
        (1 - 1e-10, 6.3613408896974218642),
        (1 - 1e-16, 8.2095361516013868556),
    ]

    /// Cody's approximations with the exactly split exponential keep the relative error at
    /// rounding level all the way out. Measured: worst 6.7e-16, at x = −4.40625, which is
    /// in the table because it was also the worst of a 9 865-point comparison with mpmath
    /// over [−38, 38]; at x = −37 the error is 2.2e-16, against 9.8e-14 for ½·erfc(−x/√2).
    @Test func cdfIsRelativelyAccurateFromTheCentreToTheDeepLowerTail() {
        var worst = 0.0
        for (x, reference) in Self.cdfReferences {
            let error = abs(standardNormalCDF(x) / reference - 1)
            #expect(error <= 1e-14, "Φ(\(x))")
            worst = max(worst, error)
        }
        #expect(worst <= 1e-15)
    }

    /// Measured: worst 2.2e-16.
    @Test func survivalIsRelativelyAccurateInTheUpperTail() {
        for (x, reference) in Self.survivalReferences {
            #expect(abs(standardNormalSurvival(x) / reference - 1) <= 1e-14, "1 − Φ(\(x))")
            #expect(standardNormalSurvival(x) == standardNormalCDF(-x), "symmetry at \(x)")
        }
    }

    @Test func naiveErfcFormulaIsNotEnoughInTheTail() {
        let naive = 0.5 * erfc(37 / 2.0.squareRoot())
        #expect(abs(naive / 5.7255712225245768227e-300 - 1) > 1e-14)
        #expect(abs(standardNormalCDF(-37) / 5.7255712225245768227e-300 - 1) <= 1e-15)
    }

    @Test func limitsAndSymmetry() {
        #expect(standardNormalCDF(-.infinity) == 0)
        #expect(standardNormalCDF(.infinity) == 1)
        #expect(standardNormalSurvival(.infinity) == 0)
        #expect(standardNormalCDF(-40) == 0)
        #expect(standardNormalCDF(0) == 0.5)
        #expect(standardNormalCDF(.nan).isNaN)
        for x in stride(from: -6.0, through: 6, by: 0.37) {
            #expect(abs(standardNormalCDF(x) + standardNormalCDF(-x) - 1) <= 2e-16)
        }
    }

    /// Measured: worst 2.2e-16 over these points (at p = 0.3); 0 at p = ½. A comparison
    /// with mpmath at 25 000 points (log-spaced from 1e-300 to ½, uniform on (0, 1), and 1 − p
    /// for p log-uniform in [1e-16, 1]) gave 5.6e-16 at worst (at p = 0.906, in AS 241's
    /// central region, which has no Newton step).
    @Test func quantileIsRelativelyAccurateDownTo1eMinus300() {
        var worst = 0.0
        for (p, reference) in Self.quantileReferences {
            let z = standardNormalQuantile(p)
            let error = reference == 0 ? abs(z) : abs(z / reference - 1)
            #expect(error <= 1e-15, "Φ⁻¹(\(p))")
            worst = max(worst, error)
        }
        #expect(worst <= 1e-15)
    }

    /// Φ⁻¹ is odd: Φ⁻¹(1 − t) = −Φ⁻¹(t) whenever 1 − t is exact, which it is for the doubles
    /// t = k·2⁻⁵³ below ½ (and p near 1 carries no more than that).
    @Test func quantileIsOddAboutOneHalf() {
        for k in [1.0, 2, 3, 1000, 0x1p20, 0x1p40, 0x1p51] {
            let t = k * 0x1p-53
            #expect(standardNormalQuantile(1 - t) == -standardNormalQuantile(t), "t = \(t)")
        }
        #expect(standardNormalQuantile(0) == -.infinity)
        #expect(standardNormalQuantile(1) == .infinity)
    }

    /// Round trip Φ(Φ⁻¹(p)) = p over 10 001 log-spaced p from 1e-300 to ½. Φ magnifies the
    /// relative error of x by its condition number |x|φ(x)/Φ(x) ≈ x², and x itself cannot be
    /// closer than half an ulp, so even a perfect Φ⁻¹ gives errors up to |x|·ulp(x)/2
    /// (1.3e-13 at x = −37). The bound is 1e-14 plus twice that. Measured: worst 1.8e-13 at
    /// p = 1.1e-297 (x = −36.86), and at most 2.1 times |x|·ulp(x) + 1e-16 anywhere; 1.1e-15
    /// at worst where |x| < 3.
    @Test func roundTripThroughTheCDF() {
        for k in 0...10_000 {
            let p = 0.5 * pow(10, -300 * Double(k) / 10_000)
            let x = standardNormalQuantile(p)
            let bound = 1e-14 + 2 * abs(x) * x.ulp
            #expect(abs(standardNormalCDF(x) / p - 1) <= bound, "p = \(p)")
        }
    }

    /// pdf and logPDF of N(1, 2²) at 3, and logPDF at 10¹⁰ where the density underflows:
    /// `mpmath.npdf(3, 1, 2)` and −(x − 1)²/8 − ln 2 − ½ ln 2π at 50 digits.
    @Test func normalDensityAndLogDensity() {
        let normal = Normal(mean: 1, standardDeviation: 2)
        #expect(abs(normal.pdf(3) / 0.12098536225957167490 - 1) <= 4e-16)
        #expect(abs(normal.logPDF(3) / -2.1120857137646180512 - 1) <= 4e-16)
        #expect(normal.pdf(1e10) == 0)
        #expect(abs(normal.logPDF(1e10) / -1.24999999975e19 - 1) <= 4e-16)
        #expect(Normal.standard.pdf(0) == 1 / (2 * Double.pi).squareRoot())
    }

    /// N(μ, σ²) is μ + σZ: its CDF, survival function and quantile are Φ's, shifted and
    /// scaled (exactly, for these dyadic parameters).
    @Test func normalIsTheStandardNormalShiftedAndScaled() {
        let normal = Normal(mean: -3, standardDeviation: 0.5)
        for z in [-30.0, -5, -1, 0, 0.5, 2, 9] {
            #expect(normal.cdf(-3 + 0.5 * z) == standardNormalCDF(z))
            #expect(normal.survival(-3 + 0.5 * z) == standardNormalSurvival(z))
        }
        for p in [1e-200, 0.01, 0.5, 0.9] {
            #expect(normal.quantile(p) == -3 + 0.5 * standardNormalQuantile(p))
        }
        #expect(normal.mean == -3)
        #expect(normal.variance == 0.25)
    }
}
