/// The sample (Pearson) correlation coefficient
///
///     r = Σᵢ (xᵢ − x̄)(yᵢ − ȳ) / √( Σᵢ (xᵢ − x̄)² · Σᵢ (yᵢ − ȳ)² ),
///
/// a number in [−1, 1] measuring how nearly the points (xᵢ, yᵢ) lie on a rising (r = 1) or
/// falling (r = −1) line. For independent variables it is near 0, within about ±2/√n for n
/// draws. Deviations are taken from the means first, so a large common offset costs no
/// accuracy (the textbook Σxy − n x̄ȳ would lose it to cancellation). Requires two samples of the same length, at least two points,
/// and neither sample constant.
public func correlation(_ x: [Double], _ y: [Double]) -> Double {
    precondition(x.count == y.count, "correlation needs samples of the same length")
    precondition(x.count >= 2, "correlation needs at least two points")
    let (meanX, meanY) = (mean(x), mean(y))
    var (sumXY, sumXX, sumYY) = (0.0, 0.0, 0.0)
    for i in x.indices {
        let (dx, dy) = (x[i] - meanX, y[i] - meanY)
        sumXY += dx * dy
        sumXX += dx * dx
        sumYY += dy * dy
    }
    precondition(sumXX > 0 && sumYY > 0, "correlation of a constant sample is undefined")
    return sumXY / (sumXX * sumYY).squareRoot()
}
