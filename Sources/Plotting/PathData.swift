/// The `d` attribute of an SVG path, with every coordinate written by `coordinate` (two
/// decimals). Points with a non-finite pixel position are the caller's to skip.
struct PathData {
    private(set) var text = ""

    var isEmpty: Bool { text.isEmpty }

    mutating func move(_ x: Double, _ y: Double) {
        text += "M" + coordinate(x) + " " + coordinate(y)
    }

    mutating func line(_ x: Double, _ y: Double) {
        text += "L" + coordinate(x) + " " + coordinate(y)
    }

    mutating func horizontal(to x: Double) {
        text += "H" + coordinate(x)
    }

    mutating func vertical(to y: Double) {
        text += "V" + coordinate(y)
    }

    mutating func horizontal(by dx: Double) {
        text += "h" + coordinate(dx)
    }

    mutating func vertical(by dy: Double) {
        text += "v" + coordinate(dy)
    }

    /// A zero-length subpath at `(x, y)`: drawn with `stroke-linecap="round"` it is a dot as
    /// wide as the stroke, so thousands of scatter points fit in a single compact path.
    mutating func dot(_ x: Double, _ y: Double) {
        move(x, y)
        text += "h0"
    }

    mutating func close() {
        text += "Z"
    }
}
