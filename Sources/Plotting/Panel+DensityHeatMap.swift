extension Panel {
    /// A heat map of a distribution changing over time: one row per sample, the density histogram
    /// of `samples[k]` over `range` in `bins` bins at height `rowPositions[k]`, the first sample at
    /// the bottom, shaded from blank at the panel's smallest density (0 wherever a bin is empty) to
    /// full ink at its largest.
    /// Each row is as tall as the spacing of the positions, which must be even (training steps,
    /// say) and increasing; the panel's limits are set to the map's edges.
    /// - Precondition: at least two samples, one position each.
    public mutating func densityHeatMap(
        _ samples: [[Double]], at rowPositions: [Double], range: ClosedRange<Double>, bins: Int
    ) {
        precondition(samples.count >= 2 && samples.count == rowPositions.count, "one position per sample, at least two")
        let halfRow = (rowPositions.last! - rowPositions.first!) / Double(2 * (samples.count - 1))
        let rows = samples.reversed().flatMap {
            Histogram($0, bins: bins, range: range, normalization: .density).heights
        }
        let yRange = (rowPositions.first! - halfRow)...(rowPositions.last! + halfRow)
        raster(rows, columns: bins, rows: samples.count, x: range, y: yRange)
        (xRange, self.yRange) = (range, yRange)
    }
}
