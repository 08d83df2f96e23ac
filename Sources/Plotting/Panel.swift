/// One set of axes with the marks drawn on them.
///
/// Build a panel by adding marks; each takes the next palette colour in order of addition,
/// and those given a `label` appear in the legend. Axis limits come from the data (expanded to
/// nice tick values) unless `xRange` / `yRange` fix them. NaN and infinite values are skipped
/// wherever they occur; a line or band is broken at them.
public struct Panel: Sendable {
    public var title: String
    public var xLabel: String
    public var yLabel: String
    /// Fixed x limits; nil means from the data, expanded to nice ticks.
    public var xRange: ClosedRange<Double>?
    /// Fixed y limits; nil means from the data, expanded to nice ticks.
    public var yRange: ClosedRange<Double>?
    /// Draws the axes, ticks and gridlines; image grids turn them off.
    public var showsAxes = true
    /// One data unit is as long on the x axis as on the y axis (the plot area shrinks to
    /// fit, centred), so circles stay round and pixels square.
    public var equalAspect = false
    /// The marks in drawing order (later ones on top).
    var marks: [Mark] = []

    public init(title: String = "", xLabel: String, yLabel: String) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    /// A polyline through the points `(x[i], y[i])`.
    public mutating func line(x: [Double], y: [Double], label: String? = nil) {
        precondition(x.count == y.count, "line: x and y need the same length")
        marks.append(Mark(shape: .line(x: x, y: y), label: label))
    }

    /// A filled band between the curves `(x, lower)` and `(x, upper)`, e.g. a ± one standard
    /// deviation interval around a mean.
    public mutating func area(x: [Double], lower: [Double], upper: [Double], label: String? = nil) {
        precondition(x.count == lower.count && x.count == upper.count, "area: x, lower and upper need the same length")
        marks.append(Mark(shape: .band(x: x, lower: lower, upper: upper), label: label))
    }

    /// The region between the curve `(x, y)` and the line y = 0, e.g. a density.
    public mutating func area(x: [Double], y: [Double], label: String? = nil) {
        area(x: x, lower: [Double](repeating: 0, count: y.count), upper: y, label: label)
    }

    /// One small dot per point `(x[i], y[i])`; thousands of points are fine.
    public mutating func scatter(x: [Double], y: [Double], label: String? = nil) {
        precondition(x.count == y.count, "scatter: x and y need the same length")
        marks.append(Mark(shape: .scatter(x: x, y: y), label: label))
    }

    /// Bars from y = 0 to `heights[i]` spanning `edges[i]` to `edges[i + 1]`.
    public mutating func bars(edges: [Double], heights: [Double], label: String? = nil) {
        precondition(edges.count == heights.count + 1, "bars: edges.count must be heights.count + 1")
        marks.append(Mark(shape: .bars(edges: edges, heights: heights), label: label))
    }

    /// One arrow from `(fromX[i], fromY[i])` to `(toX[i], toY[i])` for every i, all in one
    /// colour, e.g. the map x = G(z) drawn from a z axis to an x axis. Arrows with a
    /// non-finite end, or of zero length, are skipped.
    public mutating func arrows(
        fromX: [Double], fromY: [Double], toX: [Double], toY: [Double], label: String? = nil
    ) {
        precondition(Set([fromX.count, fromY.count, toX.count, toY.count]).count == 1,
                     "arrows: every coordinate array needs the same length")
        marks.append(Mark(shape: .arrows(from: (fromX, fromY), to: (toX, toY)), label: label))
    }

    /// A histogram of `values` drawn as bars; see `Histogram` for the binning rules.
    public mutating func histogram(
        _ values: [Double], bins: Int, range: ClosedRange<Double>? = nil,
        normalization: HistogramNormalization = .count, label: String? = nil
    ) {
        let histogram = Histogram(values, bins: bins, range: range, normalization: normalization)
        bars(edges: histogram.edges, heights: histogram.heights, label: label)
    }
}
