/// ∫ₐᵇ f(x) dx by adaptive Gauss–Kronrod quadrature (the 7-point Gauss and 15-point Kronrod
/// pair of QUADPACK's `qk15`; Piessens et al. 1983).
///
/// On each interval the 15-point Kronrod rule, exact for polynomials of degree 22, gives the
/// value and the 7-point Gauss rule that shares its nodes, exact to degree 13, gives an error
/// estimate |K₁₅ − G₇| for the price of no extra evaluation. An interval whose estimate exceeds
/// its share of `tolerance` is halved, each half getting half the tolerance, until the estimate
/// passes or `maximumDepth` halvings have been made. For smooth integrands such as densities the
/// estimate is pessimistic, so the result is usually far better than `tolerance`; a kink or a
/// jump (the density of a uniform, the minimum of two densities) costs extra halvings near it.
///
/// The chapters use it to check identities about densities to 1e-10: an integral over the whole
/// line is taken over an interval outside which the integrand is below the double's resolution.
public func integrate(
    from lower: Double, to upper: Double, tolerance: Double = 1e-13, maximumDepth: Int = 40,
    _ integrand: (Double) -> Double
) -> Double {
    precondition(lower.isFinite && upper.isFinite, "integrate: the interval must be finite")
    precondition(tolerance > 0 && maximumDepth >= 0, "integrate: tolerance > 0 and maximumDepth ≥ 0")
    return adaptiveKronrod(lower, upper, tolerance, maximumDepth, integrand)
}

private func adaptiveKronrod(
    _ lower: Double, _ upper: Double, _ tolerance: Double, _ depth: Int, _ integrand: (Double) -> Double
) -> Double {
    let (kronrod, gauss) = kronrodAndGauss(lower, upper, integrand)
    if abs(kronrod - gauss) <= tolerance || depth == 0 { return kronrod }
    let middle = 0.5 * (lower + upper)
    return adaptiveKronrod(lower, middle, 0.5 * tolerance, depth - 1, integrand)
        + adaptiveKronrod(middle, upper, 0.5 * tolerance, depth - 1, integrand)
}

/// The 15-point Kronrod and 7-point Gauss estimates of ∫ over [lower, upper].
private func kronrodAndGauss(
    _ lower: Double, _ upper: Double, _ integrand: (Double) -> Double
) -> (kronrod: Double, gauss: Double) {
    let centre = 0.5 * (lower + upper)
    let halfWidth = 0.5 * (upper - lower)
    let middleValue = integrand(centre)
    var kronrod = GaussKronrod15.kronrodWeights[7] * middleValue
    var gauss = GaussKronrod15.gaussWeights[3] * middleValue
    for i in 0..<7 {
        let offset = halfWidth * GaussKronrod15.nodes[i]
        let pair = integrand(centre - offset) + integrand(centre + offset)
        kronrod += GaussKronrod15.kronrodWeights[i] * pair
        // The Gauss nodes are the Kronrod nodes with odd index: 1, 3, 5 (and the centre).
        if i % 2 == 1 { gauss += GaussKronrod15.gaussWeights[i / 2] * pair }
    }
    return (kronrod * halfWidth, gauss * halfWidth)
}

/// Nodes and weights on [−1, 1], from QUADPACK's `qk15`.
private enum GaussKronrod15 {
    /// The positive Kronrod nodes, largest first, then 0.
    static let nodes = [
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.0,
    ]
    static let kronrodWeights = [
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
    ]
    /// For the Gauss nodes `nodes[1]`, `nodes[3]`, `nodes[5]` and 0.
    static let gaussWeights = [
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327,
    ]
}
