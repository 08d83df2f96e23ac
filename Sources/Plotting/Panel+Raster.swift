/// Shaded grids: heat maps and small greyscale images.
extension Panel {
    /// A heat map: `values` holds `rows × columns` numbers row by row, the first row at the
    /// top, covering the data rectangle `x × y`. Values are shaded from transparent at
    /// `intensity.lowerBound` to full `currentColor` at `intensity.upperBound` (default: the
    /// smallest and largest finite value); NaN cells stay empty.
    public mutating func raster(
        _ values: [Double], columns: Int, rows: Int, x: ClosedRange<Double>, y: ClosedRange<Double>,
        intensity: ClosedRange<Double>? = nil
    ) {
        precondition(columns > 0 && rows > 0, "raster: columns and rows must be positive")
        precondition(values.count == columns * rows, "raster: values.count must be columns × rows")
        let raster = Raster(
            values: values, columns: columns, rows: rows, x: x, y: y, intensity: intensity ?? .covering(values))
        marks.append(Mark(shape: .raster(raster), label: nil))
    }

    /// Square greyscale images of `side × side` pixels (each row by row, values in [0, 1],
    /// 1 = ink) laid out left to right, top to bottom, `columns` to a row with a one-pixel
    /// gap, a faint frame around each so that blank images still show. Hides the axes and
    /// keeps pixels square: an image grid has no coordinates worth reading.
    public mutating func imageGrid(_ images: [[Double]], side: Int, columns: Int) {
        precondition(side > 0 && columns > 0, "imageGrid: side and columns must be positive")
        precondition(!images.isEmpty, "imageGrid: no images")
        precondition(images.allSatisfy { $0.count == side * side }, "imageGrid: every image needs side × side values")
        let rows = (images.count + columns - 1) / columns
        // One raster of all the images, a unit per pixel, the gaps (and the empty places in a
        // last row) NaN so they stay blank: one PNG for the grid rather than one per image.
        let pitch = side + 1
        let (width, height) = (columns * pitch - 1, rows * pitch - 1)
        var values = [Double](repeating: .nan, count: width * height)
        var outlines: [Raster.Block] = []
        for (index, image) in images.enumerated() {
            let (left, top) = (index % columns * pitch, index / columns * pitch)
            for row in 0..<side {
                for column in 0..<side { values[(top + row) * width + left + column] = image[row * side + column] }
            }
            outlines.append(Raster.Block(column: left, row: top, columns: side, rows: side))
        }
        let raster = Raster(
            values: values, columns: width, rows: height, x: 0...Double(width), y: -Double(height)...0,
            intensity: 0...1, outlines: outlines)
        marks.append(Mark(shape: .raster(raster), label: nil))
        xRange = -0.5...(Double(width) + 0.5)
        yRange = (-Double(height) - 0.5)...0.5
        showsAxes = false
        equalAspect = true
    }
}
