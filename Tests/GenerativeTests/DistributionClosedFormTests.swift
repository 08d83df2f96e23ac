import Foundation
import Generative
import Testing

@Suite("Closed-form continuous distributions")
struct DistributionClosedFormTests {
    static let probabilities: [Double] = [
        1e-300, 1e-100, 1e-20, 1e-8, 1e-3, 0.1, 0.3, 0.5, 0.7, 0.9, 0.999, 1 - 1e-8, 1 - 0x1p-53,
    ]

    /// F(F⁻¹(p)) = p, checked in the tail that is small: F below the median, S = 1 − F
    /// above, so that 1 − 1e-8 is checked as 1e-8 is. The tolerance is the rounding of x
    /// itself carried through F: a relative change δ in x changes T = F or S by the relative
    /// κδ with κ = |x f(x)/T(x)|, the condition number (x² for a normal tail, 1/p for a
    /// uniform quantile that rounds onto the lower end), so 8ε(1 + κ) allows a few ulps of
    /// both the quantile and the CDF. For most p here κ is below 10.
    @Test(arguments: ClosedFormCase.allWithCauchy.map(Wrapped.init))
    func cdfOfQuantileIsTheProbability(_ wrapped: Wrapped) {
        let distribution = wrapped.distribution
        for p in Self.probabilities {
            let x = distribution.quantile(p)
            let (tail, target) = p <= 0.5 ? (distribution.cdf(x), p) : (distribution.survival(x), 1 - p)
            let condition = abs(x * distribution.pdf(x) / tail)
            let tolerance = 8 * Double.ulpOfOne * (1 + condition)
            #expect(abs(tail / target - 1) <= tolerance, "\(wrapped.name) at p = \(p): x = \(x)")
        }
    }

    /// ∫ₐᵇ f = F(b) − F(a) by composite Simpson with 20 000 panels, on three intervals between
    /// quantiles; none straddles a kink (the Laplace peak, the uniform's ends), so Simpson's
    /// error, of order h⁴ (4e-11 with 2 000 panels on the Cauchy's [−93, −2.1], so about
    /// 4e-15 here), and the rounding of the sum (below n·ε ≈ 2e-12) are far below the 1e-10
    /// allowed.
    @Test(arguments: ClosedFormCase.allWithCauchy.map(Wrapped.init))
    func densityIntegratesToTheCDF(_ wrapped: Wrapped) {
        let distribution = wrapped.distribution
        for (pa, pb) in [(0.01, 0.2), (0.2, 0.5), (0.5, 0.97)] {
            let (a, b) = (distribution.quantile(pa), distribution.quantile(pb))
            let integral = simpson(distribution.pdf, from: a, to: b, panels: 20_000)
            let difference = distribution.cdf(b) - distribution.cdf(a)
            #expect(abs(integral - difference) <= 1e-10 * difference, "\(wrapped.name) on [\(a), \(b)]")
        }
    }

    /// logPDF agrees with ln(pdf) wherever the density does not underflow, and CDF plus
    /// survival function is 1.
    @Test(arguments: ClosedFormCase.allWithCauchy.map(Wrapped.init))
    func logDensityAndSurvivalAreConsistent(_ wrapped: Wrapped) {
        let distribution = wrapped.distribution
        for p in stride(from: 0.01, through: 0.99, by: 0.07) {
            let x = distribution.quantile(p)
            #expect(abs(distribution.logPDF(x) - log(distribution.pdf(x))) <= 1e-14 * max(1, abs(log(distribution.pdf(x)))))
            #expect(abs(distribution.cdf(x) + distribution.survival(x) - 1) <= 4e-16)
        }
    }

    @Test(arguments: ClosedFormCase.all)
    func meanAndVarianceMatchTheTextbook(_ testCase: ClosedFormCase) {
        #expect(abs(testCase.distribution.mean - testCase.mean) <= 1e-15 * abs(testCase.mean))
        #expect(abs(testCase.distribution.variance - testCase.variance) <= 1e-15 * testCase.variance)
    }

    /// 200 000 seeded draws. The sample mean has standard error σ/√n, and the sample variance
    /// √((μ₄ − σ⁴)/n) (its variance is (μ₄ − σ⁴)/n to first order in 1/n), so each lies
    /// within 5 standard errors of the truth unless something is wrong: by chance, with
    /// probability 6e-7 (both are close to normal at this n). A sampler with the wrong scale,
    /// or a quantile of the wrong distribution, misses by hundreds of standard errors.
    @Test(arguments: ClosedFormCase.all)
    func sampleMomentsMatchWithinFiveStandardErrors(_ testCase: ClosedFormCase) {
        var generator = Xoshiro256StarStar(seed: 2024)
        let n = 200_000
        let draws = testCase.distribution.samples(n, using: &generator)
        let meanError = (testCase.variance / Double(n)).squareRoot()
        let varianceError = ((testCase.fourthCentralMoment - testCase.variance * testCase.variance) / Double(n)).squareRoot()
        #expect(abs(mean(draws) - testCase.mean) <= 5 * meanError)
        #expect(abs(variance(draws) - testCase.variance) <= 5 * varianceError)
    }

    /// The Cauchy has no moments (mean and variance are NaN), and sample means do not settle;
    /// its quartiles do. The sample u-quantile of n draws has standard error
    /// √(u(1 − u)/n)/f(F⁻¹(u)): for Cauchy(2, 3), 3π/(2√n) at the median and 3π/√n at the
    /// quartiles, where f = 1/(6π). The true quartiles are 2 ∓ 3.
    @Test func cauchySampleQuartilesMatchWithinFiveStandardErrors() {
        let cauchy = Cauchy(location: 2, scale: 3)
        #expect(cauchy.mean.isNaN && cauchy.variance.isNaN)
        var generator = Xoshiro256StarStar(seed: 2024)
        let n = 200_000
        let sample = EmpiricalDistribution(cauchy.samples(n, using: &generator))
        let root = Double(n).squareRoot()
        #expect(abs(sample.quantile(0.5) - 2) <= 5 * 3 * Double.pi / (2 * root))
        #expect(abs(sample.quantile(0.25) - -1) <= 5 * 3 * Double.pi / root)
        #expect(abs(sample.quantile(0.75) - 5) <= 5 * 3 * Double.pi / root)
    }

    /// Inverse transform sampling against the CDF: 20 000 seeded draws each, Kolmogorov–
    /// Smirnov p-value above 0.001.
    @Test(arguments: ClosedFormCase.allWithCauchy.map(Wrapped.init))
    func samplesPassKolmogorovSmirnov(_ wrapped: Wrapped) {
        var generator = Xoshiro256StarStar(seed: 7)
        let draws = wrapped.distribution.samples(20_000, using: &generator)
        #expect(KolmogorovSmirnovTest(draws, cdf: wrapped.distribution.cdf).pValue > 0.001)
    }

    /// Tails against 50-digit mpmath values (`mp.dps = 50`, the closed forms evaluated at the
    /// double arguments shown): each relative error ≤ 1e-15 except where noted.
    @Test func tailsAreRelativelyAccurate() {
        func close(_ value: Double, _ reference: Double, _ tolerance: Double = 1e-15) -> Bool {
            abs(value / reference - 1) <= tolerance
        }
        let exponential = Exponential(rate: 2)
        #expect(close(exponential.survival(300), 2.6503965530043108163e-261))  // e^(−600)
        #expect(close(exponential.cdf(1e-20), 1.9999999999999998903e-20))  // −expm1(−2e-20)
        #expect(close(exponential.quantile(1e-300), 5.0000000000000001253e-301))
        #expect(close(exponential.quantile(1 - 0x1p-53), 18.368400284838550700))  // 53 ln 2 / 2

        let cauchy = Cauchy(location: 2, scale: 3)
        // arctan(3/(1e300 − 2))/π, and 2 − 3·cot(π·1e-300).
        #expect(close(cauchy.cdf(-1e300), 9.5492965855137196447e-301))
        #expect(close(cauchy.survival(1e300), 9.5492965855137196447e-301))
        #expect(close(cauchy.quantile(1e-300), -9.5492965855137199068e299))
        #expect(close(cauchy.quantile(1 - 0x1p-53), 8601241708833989.9683))
        // tan(π(p − ½)) for p = ½ + 2⁻⁴⁰, relative to the tiny result.
        #expect(close(Cauchy(location: 0, scale: 1).quantile(0.5 + 0x1p-40), 2.8572618735686712521e-12))

        let logistic = Logistic(location: 1, scale: 0.5)
        // 1/(1 + e^(−(x − 1)/0.5)) at x = −300, and at x = 300 for the survival function.
        #expect(close(logistic.cdf(-300), 3.5869216819018036754e-262, 1e-13))
        #expect(close(logistic.survival(300), 1.9583928814561275212e-260, 1e-13))
        #expect(close(logistic.quantile(1e-300), -344.38776394910685259))
        // ln(p/(1 − p)) near ½ and at 0.3, for location 0 and scale 1.
        #expect(close(Logistic(location: 0, scale: 1).quantile(0.5 + 0x1p-40), 3.6379788070917129517e-12))
        #expect(close(Logistic(location: 0, scale: 1).quantile(0.3), -0.84729786038720366658))

        let laplace = Laplace(location: -1, scale: 1.5)
        // ½e^(−600) on each side, at −1 ∓ 900.
        #expect(close(laplace.cdf(-901), 1.3251982765021554082e-261))
        #expect(close(laplace.survival(899), 1.3251982765021554082e-261))
        #expect(close(laplace.quantile(1e-300), -1036.1235710764806398))
        #expect(close(Laplace(location: 0, scale: 1).quantile(0.5 + 0x1p-40), 1.8189894035475108371e-12))
        #expect(close(Laplace(location: 0, scale: 1).quantile(0.5 - 0x1p-40), -1.8189894035475108371e-12))

        let logNormal = LogNormal(mu: 0.5, sigma: 0.5)
        // Φ(∓(ln x − ½)/½) at x = 5389698.476283012 (the double nearest e^15.5) and at
        // x = 1.522997974471263e-08 (nearest e^−18); the rounding of ln x is amplified by
        // z² ≈ 1000 in Φ, hence 1e-13.
        #expect(close(logNormal.survival(5389698.476283012), 4.9067139271482094696e-198, 1e-13))
        #expect(close(logNormal.cdf(1.522997974471263e-08), 5.7255712225245967866e-300, 1e-13))
        // exp(½ + ½Φ⁻¹(1e-300)).
        #expect(close(logNormal.quantile(1e-300), 1.4875531580030677776e-8, 1e-14))
    }

    @Test func supportEndsAndInfiniteQuantiles() {
        let uniform = Uniform(lower: -1, upper: 3)
        #expect(uniform.quantile(0) == -1 && uniform.quantile(1) == 3)
        #expect(uniform.cdf(-2) == 0 && uniform.cdf(4) == 1 && uniform.cdf(0) == 0.25)
        #expect(uniform.pdf(3.5) == 0 && uniform.logPDF(3.5) == -.infinity)
        let exponential = Exponential(rate: 2)
        #expect(exponential.quantile(0) == 0 && exponential.quantile(1) == .infinity)
        #expect(exponential.cdf(-1) == 0 && exponential.survival(-1) == 1 && exponential.pdf(-1) == 0)
        #expect(LogNormal(mu: 0, sigma: 1).quantile(0) == 0)
        #expect(LogNormal(mu: 0, sigma: 1).cdf(0) == 0 && LogNormal(mu: 0, sigma: 1).pdf(-1) == 0)
        for distribution in [Cauchy(location: 0, scale: 1), Logistic(location: 0, scale: 1)] as [any ContinuousDistribution] {
            #expect(distribution.quantile(0) == -.infinity && distribution.quantile(1) == .infinity)
        }
        #expect(Laplace(location: 0, scale: 1).quantile(0) == -.infinity)
        #expect(Laplace(location: 0, scale: 1).quantile(1) == .infinity)
    }
}
