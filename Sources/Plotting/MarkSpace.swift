/// The coordinates marks are drawn in: tenths of a pixel, inside a group scaled by 0.1. Marks
/// hold most of a figure's coordinates, and here they are whole numbers, `1342` where pixels
/// need `134.2`, which saves a character in four on a figure of thousands of points; the
/// precision, a tenth of a pixel, is that of `PathData` in pixels.
enum MarkSpace {
    static let unitsPerPixel = 10.0
    /// The `transform` of the group holding the marks, back to pixels.
    static let transform = "scale(.1)"

    /// A length given in pixels (a stroke width, a dot's radius), written in units.
    static func length(_ pixels: Double) -> String {
        formatFixed(pixels * unitsPerPixel, decimals: 1)
    }

    /// A path in units: whole numbers, a tenth of a pixel each.
    static func path() -> PathData {
        PathData(decimals: 0)
    }

    /// `scale` with its pixel positions in units.
    static func scale(_ scale: LinearScale) -> LinearScale {
        LinearScale(domain: scale.domain, pixels: (scale.pixels.start * unitsPerPixel, scale.pixels.end * unitsPerPixel))
    }
}
