extension Reference {
    /// The squared distance from each row of `points` to its k-th nearest other row by its
    /// definition: every distance from the row, sorted, then the k-th. What
    /// `nearestNeighbourRadii` finds keeping only the k smallest.
    package static func nearestNeighbourRadii(_ points: Matrix, k: Int) -> [Double] {
        (0..<points.rows).map { i in
            let distances = (0..<points.rows).filter { $0 != i }.map { j in
                (0..<points.columns).reduce(0.0) { total, c in
                    let difference = points[i, c] - points[j, c]
                    return total + difference * difference
                }
            }
            return distances.sorted()[k - 1]
        }
    }
}
