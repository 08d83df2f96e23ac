/// The `d` attribute of an SVG path, written as short as the path grammar allows: figures
/// hold hundreds of thousands of coordinates, and they make most of a page's bytes.
///
/// - Every coordinate is rounded to `decimals` places: one for pixels, at most 0.05 px from
///   the exact position, a tenth of a device pixel on a 2× screen, below what anti-aliasing
///   shows; none in `MarkSpace`, whose unit is a tenth of a pixel. The pen position is kept
///   in these rounding units, so a relative command lands exactly where the absolute one
///   would, and long paths do not drift.
/// - Each command is written absolute (`L 12.3 4`) or relative to the pen (`l .4-1.2`),
///   whichever is shorter; a command that repeats the previous one (or a line after a move)
///   leaves out its letter.
/// - Numbers drop a leading zero (`.5`) and are separated only where needed: not before a
///   minus sign, nor before a point that cannot belong to the previous number (`1.5.5` is
///   1.5 and 0.5).
///
/// Points with a non-finite position are the caller's to skip; coordinates are clamped to
/// ±10⁷, so data far outside a fixed axis range (which the clip path hides anyway) cannot
/// produce huge numbers.
package struct PathData {
    let decimals: Int
    /// Rounding units per user unit: 10^decimals.
    let scale: Double

    package private(set) var text = ""
    /// The pen and the start of the current subpath (where `Z` returns), in units.
    private var pen = (x: 0, y: 0)
    private var subpathStart = (x: 0, y: 0)
    /// The command a number written now would repeat implicitly; nil at the start and after `Z`.
    private var repeatable: Character?
    /// Whether the text ends with a number holding a decimal point; nil when it ends with a
    /// command letter (or is empty).
    private var endsInNumberWithPoint: Bool?

    package init(decimals: Int = 1) {
        self.decimals = decimals
        scale = powerOfTen(decimals)
    }

    var isEmpty: Bool { text.isEmpty }

    package mutating func move(_ x: Double, _ y: Double) {
        let (ux, uy) = (units(x), units(y))
        write("M", absolute: [ux, uy], relative: [ux - pen.x, uy - pen.y])
        pen = (ux, uy)
        subpathStart = pen
        repeatable = repeatable == "m" ? "l" : repeatable == "M" ? "L" : repeatable
    }

    package mutating func line(_ x: Double, _ y: Double) {
        let (ux, uy) = (units(x), units(y))
        write("L", absolute: [ux, uy], relative: [ux - pen.x, uy - pen.y])
        pen = (ux, uy)
    }

    package mutating func horizontal(to x: Double) {
        horizontal(toUnits: units(x))
    }

    package mutating func vertical(to y: Double) {
        vertical(toUnits: units(y))
    }

    package mutating func horizontal(by dx: Double) {
        horizontal(toUnits: pen.x + units(dx))
    }

    package mutating func vertical(by dy: Double) {
        vertical(toUnits: pen.y + units(dy))
    }

    /// A zero-length subpath at `(x, y)`: drawn with `stroke-linecap="round"` it is a dot as
    /// wide as the stroke, so thousands of scatter points fit in a single compact path.
    package mutating func dot(_ x: Double, _ y: Double) {
        move(x, y)
        horizontal(toUnits: pen.x)
    }

    package mutating func close() {
        text += "Z"
        pen = subpathStart
        repeatable = nil
        endsInNumberWithPoint = nil
    }

    private mutating func horizontal(toUnits x: Int) {
        write("H", absolute: [x], relative: [x - pen.x])
        pen.x = x
    }

    private mutating func vertical(toUnits y: Int) {
        write("V", absolute: [y], relative: [y - pen.y])
        pen.y = y
    }

    /// Writes the shorter of the absolute command `letter` and its relative (lower-case) form,
    /// the relative one on a tie.
    private mutating func write(_ letter: Character, absolute: [Int], relative: [Int]) {
        let lower = Character(letter.lowercased())
        let (a, r) = (spelling(letter, absolute), spelling(lower, relative))
        let chosen = a.count < r.count ? (letter, a) : (lower, r)
        text += chosen.1
        repeatable = chosen.0
        endsInNumberWithPoint = number(chosen.0 == letter ? absolute.last! : relative.last!).contains(".")
    }

    /// `letter` and `numbers` as they would be appended to the text now.
    private func spelling(_ letter: Character, _ numbers: [Int]) -> String {
        var out = letter == repeatable ? "" : String(letter)
        var previousHasPoint = out.isEmpty ? endsInNumberWithPoint : nil
        for value in numbers {
            let number = number(value)
            if let hasPoint = previousHasPoint, !(number.hasPrefix("-") || (number.hasPrefix(".") && hasPoint)) {
                out += " "
            }
            out += number
            previousHasPoint = number.contains(".")
        }
        return out
    }

    /// A coordinate in rounding units, clamped to ±10⁷.
    func units(_ value: Double) -> Int {
        Int((min(max(value, -1e7), 1e7) * scale).rounded())
    }

    /// A number of rounding units as a coordinate, shortest form: `12`, `1.5`, `.5`, `-.5`.
    func number(_ units: Int) -> String {
        let fixed = formatFixed(Double(units) / scale, decimals: decimals)
        if fixed.hasPrefix("0.") { return String(fixed.dropFirst()) }
        if fixed.hasPrefix("-0.") { return "-" + fixed.dropFirst(2) }
        return fixed
    }
}
