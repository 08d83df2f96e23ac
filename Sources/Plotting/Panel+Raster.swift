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
            values: values, columns: columns, rows: rows, x: x, y: y,
            intensity: intensity ?? .covering(values), outlined: false)
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
        let (size, pitch) = (Double(side), Double(side + 1))
        for (index, image) in images.enumerated() {
            let left = Double(index % columns) * pitch
            let top = -Double(index / columns) * pitch
            let raster = Raster(
                values: image, columns: side, rows: side, x: left...(left + size), y: (top - size)...top,
                intensity: 0...1, outlined: true)
            marks.append(Mark(shape: .raster(raster), label: nil))
        }
        xRange = -0.5...(Double(columns) * pitch - 0.5)
        yRange = (-Double(rows) * pitch + 0.5)...0.5
        showsAxes = false
        equalAspect = true
    }
}
