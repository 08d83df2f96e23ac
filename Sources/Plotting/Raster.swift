/// A grid of intensities drawn as shaded cells: a greyscale image, or a heat map.
///
/// `values` holds `rows × columns` numbers row by row, the first row at the *top* (the way
/// images are stored). The grid covers the data rectangle `x × y`. Each value is mapped
/// linearly from `intensity` to [0, 1], clamped, and drawn as `currentColor` at that opacity:
/// dark ink on a light page, light ink on a dark one, so one figure reads in both colour
/// schemes. Opacities are rounded to `levels` steps, fine enough for a smooth shading and
/// coarse enough that the image (a PNG of one pixel per cell) compresses well.
struct Raster: Sendable {
    static let levels = 32

    /// A rectangle of cells: `columns × rows` of them from `column`, `row` (the top left one).
    struct Block: Sendable {
        var column: Int
        var row: Int
        var columns: Int
        var rows: Int
    }

    var values: [Double]
    var columns: Int
    var rows: Int
    var x: ClosedRange<Double>
    var y: ClosedRange<Double>
    var intensity: ClosedRange<Double>
    /// Blocks drawn with a faint frame (the images of an image grid), so that blank ones still
    /// show; none for a heat map.
    var outlines: [Block] = []

    /// The opacity step (0 … `levels`) of the value at `row`, `column`; 0 draws nothing.
    /// NaN draws nothing too.
    func level(row: Int, column: Int) -> Int {
        let value = values[row * columns + column]
        guard value.isFinite else { return 0 }
        let width = intensity.upperBound - intensity.lowerBound
        let fraction = width > 0 ? (value - intensity.lowerBound) / width : 1
        return Int((min(max(fraction, 0), 1) * Double(Self.levels)).rounded())
    }

    /// Every cell's opacity as a byte, row by row from the top: `level / levels` of 255,
    /// rounded to the nearest.
    var alphas: [UInt8] {
        (0..<rows).flatMap { row in
            (0..<columns).map { UInt8((level(row: row, column: $0) * 255 + Self.levels / 2) / Self.levels) }
        }
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
