/// A grid of intensities drawn as shaded cells: a greyscale image, or a heat map.
///
/// `values` holds `rows × columns` numbers row by row, the first row at the *top* (the way
/// images are stored). The grid covers the data rectangle `x × y`. Each value is mapped
/// linearly from `intensity` to [0, 1], clamped, and drawn as `currentColor` at that opacity:
/// dark ink on a light page, light ink on a dark one, so one figure reads in both colour
/// schemes. Opacities are rounded to `levels` steps so that all cells of one level share a
/// single SVG path, which keeps a grid of thousands of cells small.
struct Raster: Sendable {
    static let levels = 32

    var values: [Double]
    var columns: Int
    var rows: Int
    var x: ClosedRange<Double>
    var y: ClosedRange<Double>
    var intensity: ClosedRange<Double>
    /// Draws a faint frame around the grid, so that an all-blank image still shows.
    var outlined: Bool

    /// The opacity step (0 … `levels`) of the value at `row`, `column`; 0 draws nothing.
    /// NaN draws nothing too.
    func level(row: Int, column: Int) -> Int {
        let value = values[row * columns + column]
        guard value.isFinite else { return 0 }
        let width = intensity.upperBound - intensity.lowerBound
        let fraction = width > 0 ? (value - intensity.lowerBound) / width : 1
        return Int((min(max(fraction, 0), 1) * Double(Self.levels)).rounded())
    }
}

extension ClosedRange<Double> {
    /// The smallest range holding every finite value, or `0...1` when there is none.
    static func covering(_ values: [Double]) -> ClosedRange<Double> {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return 0...1 }
        return low...high
    }
}
