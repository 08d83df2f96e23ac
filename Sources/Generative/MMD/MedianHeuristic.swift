/// The median heuristic for a Gaussian kernel's bandwidth (Gretton et al. 2012, JMLR 13,
/// §8: "the kernel size set to the median distance between points in the aggregate
/// sample"): the median of the Euclidean distances between distinct points,
///
///     σ = median{ ‖zᵢ − zⱼ‖ : i < j },
///
/// over the N(N − 1)/2 unordered pairs of distinct indices (zero distances between repeated
/// values included), the median of an even count being the mean of the two middle values —
/// NumPy's `np.median(scipy.spatial.distance.pdist(z))`. It puts the kernel's scale at the
/// typical distance between points, where k = e^(−1/2) and the kernel neither sees every
/// pair as alike nor as unrelated.
///
/// Conventions differ by a constant, so a bandwidth is meaningful only with its kernel: some
/// authors take the median of squared distances, or set 2σ² (not σ²) to the squared median.
/// Here σ is the median *distance* itself, for `GaussianKernel`'s exp(−r²/(2σ²)).
///
/// Takes O(N²·d) time and O(N²) memory for the N(N − 1)/2 distances (about 4 MiB for
/// N = 1024); subsample a larger set first.
/// - Precondition: at least two samples and one coordinate.
public func medianHeuristicBandwidth(_ samples: Matrix) -> Double {
    let (n, d) = (samples.rows, samples.columns)
    precondition(n >= 2 && d >= 1, "the median heuristic needs two samples of at least one coordinate")
    var distances: [Double] = []
    distances.reserveCapacity(n * (n - 1) / 2)
    samples.values.withUnsafeBufferPointer { z in
        for i in 0..<n {
            for j in (i + 1)..<n {
                var r2 = 0.0
                for c in 0..<d {
                    let t = z[i * d + c] - z[j * d + c]
                    r2 += t * t
                }
                distances.append(r2.squareRoot())
            }
        }
    }
    return median(distances)
}

/// The median heuristic on the pooled sample of x and y, as for a two-sample test: the
/// bandwidth must not depend on which points came from which sample.
/// - Precondition: the same number of columns; at least two samples in all.
public func medianHeuristicBandwidth(_ x: Matrix, _ y: Matrix) -> Double {
    precondition(x.columns == y.columns, "the two samples must have the same dimension")
    return medianHeuristicBandwidth(Matrix(stacking: x, y))
}

/// The median heuristic for samples on the line: the median of |zᵢ − zⱼ| over i < j.
public func medianHeuristicBandwidth(_ samples: [Double]) -> Double {
    medianHeuristicBandwidth(.column(samples))
}
