/// Improved precision and recall of a generator (Kynkäänniemi, Karras, Laine, Lehtinen & Aila,
/// "Improved precision and recall metric for assessing generative models", NeurIPS 2019).
///
/// Each sample's support is estimated as the union of balls around its points, each ball's
/// radius the distance from the point to its k-th nearest neighbour in the same sample. Then
///
///     precision = the share of generated points inside the real sample's balls,
///     recall    = the share of real points inside the generated sample's balls.
///
/// Precision says how much of what the generator makes looks real (quality); recall, how much
/// of the real distribution it can make (coverage): a generator collapsed onto one of two
/// modes keeps its precision near 1 and halves its recall. Points are rows (n × d); distances
/// are Euclidean, by brute force, O(n·m·d).
/// - Precondition: both samples have the same number of columns and more than k rows; k ≥ 1.
public func precisionAndRecall(real: Matrix, generated: Matrix, k: Int = 3) -> (precision: Double, recall: Double) {
    precondition(real.columns == generated.columns, "two samples of one dimension")
    precondition(k >= 1 && real.rows > k && generated.rows > k, "each sample needs more than k points")
    let realRadii = nearestNeighbourRadii(real, k: k)
    let generatedRadii = nearestNeighbourRadii(generated, k: k)
    return (shareInsideBalls(generated, centres: real, radiiSquared: realRadii),
            shareInsideBalls(real, centres: generated, radiiSquared: generatedRadii))
}

/// The squared distance from each row of `points` to its k-th nearest other row: the k-th
/// smallest of its distances, kept as the k smallest seen so far, in order, so that a row
/// costs O(n·k) rather than a sort's O(n log n) (k is a handful, n thousands). Its reference
/// is `Reference.nearestNeighbourRadii`, which sorts all the distances.
package func nearestNeighbourRadii(_ points: Matrix, k: Int) -> [Double] {
    var nearest = [Double](repeating: .infinity, count: k)
    return (0..<points.rows).map { i in
        nearest.withUnsafeMutableBufferPointer { nearest in
            nearest.update(repeating: .infinity)
            for j in 0..<points.rows where j != i {
                var distance = squaredDistance(points, i, points, j)
                guard distance < nearest[k - 1] else { continue }
                // Insert in order: each larger kept distance moves up one place.
                for slot in 0..<k where distance < nearest[slot] { swap(&distance, &nearest[slot]) }
            }
            return nearest[k - 1]
        }
    }
}

/// The share of rows of `points` within the ball of at least one centre (boundary included).
func shareInsideBalls(_ points: Matrix, centres: Matrix, radiiSquared: [Double]) -> Double {
    let inside = (0..<points.rows).filter { i in
        (0..<centres.rows).contains { squaredDistance(points, i, centres, $0) <= radiiSquared[$0] }
    }
    return Double(inside.count) / Double(points.rows)
}

/// |a_i − b_j|², the squared Euclidean distance between row i of a and row j of b.
func squaredDistance(_ a: Matrix, _ i: Int, _ b: Matrix, _ j: Int) -> Double {
    var total = 0.0
    for c in 0..<a.columns {
        let difference = a[i, c] - b[j, c]
        total += difference * difference
    }
    return total
}
