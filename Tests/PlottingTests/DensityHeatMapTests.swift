import Plotting
import Testing

struct DensityHeatMapTests {
    /// A density heat map is the raster of the samples' density histograms, the first sample in
    /// the bottom row, each row as tall as the spacing of the positions, and the panel's limits
    /// the map's edges.
    @Test func isTheRasterOfTheHistogramsFirstSampleAtTheBottom() {
        let samples: [[Double]] = [[0.1, 0.2, 0.3], [0.5, 0.6, 0.9], [0.8, 0.85, 0.95]]
        var mapped = Panel(xLabel: "x", yLabel: "step")
        mapped.densityHeatMap(samples, at: [0, 10, 20], range: 0...1, bins: 4)
        var built = Panel(xLabel: "x", yLabel: "step")
        let rows = [samples[2], samples[1], samples[0]].flatMap {
            Histogram($0, bins: 4, range: 0...1, normalization: .density).heights
        }
        built.raster(rows, columns: 4, rows: 3, x: 0...1, y: -5...25)
        (built.xRange, built.yRange) = (0...1, -5...25)
        let svg = { (panel: Panel) in Figure(panel, title: "t", caption: "c").svg(idPrefix: "h", standalone: true) }
        #expect(svg(mapped) == svg(built))
    }
}
