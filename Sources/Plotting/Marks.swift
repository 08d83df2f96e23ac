/// One thing drawn in a panel: a line, a filled band, a scatter of points, a row of bars, a
/// raster of shaded cells or a set of arrows.
struct Mark: Sendable {
    enum Shape: Sendable {
        case line(x: [Double], y: [Double])
        case band(x: [Double], lower: [Double], upper: [Double])
        case scatter(x: [Double], y: [Double])
        case bars(edges: [Double], heights: [Double])
        case raster(Raster)
        case arrows(from: (x: [Double], y: [Double]), to: (x: [Double], y: [Double]))
    }

    var shape: Shape
    var label: String?

    /// The mark's footprint as vertical spans `(x, y from low to high)` at sample positions,
    /// finite values only. They give the data extent (for automatic axis limits) and tell the
    /// legend where the data is, so it can sit where it hides the least.
    var spans: [Span] {
        switch shape {
        case .line(let x, let y):
            let vertices = x.indices.compactMap { Span(x: x[$0], low: y[$0], high: y[$0]) }
            let midpoints = zip(vertices, vertices.dropFirst()).compactMap { a, b in
                let y = (a.low + b.low) / 2
                return Span(x: (a.x + b.x) / 2, low: y, high: y)
            }
            return vertices + midpoints
        case .scatter(let x, let y):
            return x.indices.compactMap { Span(x: x[$0], low: y[$0], high: y[$0]) }
        case .band(let x, let lower, let upper):
            return x.indices.compactMap {
                Span(x: x[$0], low: min(lower[$0], upper[$0]), high: max(lower[$0], upper[$0]))
            }
        case .bars(let edges, let heights):
            return heights.indices.flatMap { i in
                let xs = [edges[i], (edges[i] + edges[i + 1]) / 2, edges[i + 1]]
                return xs.compactMap { Span(x: $0, low: min(0, heights[i]), high: max(0, heights[i])) }
            }
        case .raster(let raster):
            return [raster.x.lowerBound, raster.x.upperBound].compactMap {
                Span(x: $0, low: raster.y.lowerBound, high: raster.y.upperBound)
            }
        case .arrows(let from, let to):
            return from.x.indices.flatMap { i in
                [Span(x: from.x[i], low: from.y[i], high: from.y[i]), Span(x: to.x[i], low: to.y[i], high: to.y[i])]
                    .compactMap { $0 }
            }
        }
    }
}

/// A vertical extent of data at one x position.
struct Span {
    var x: Double
    var low: Double
    var high: Double

    /// A span, or nil when any coordinate is NaN or infinite (such points are never drawn).
    init?(x: Double, low: Double, high: Double) {
        guard x.isFinite, low.isFinite, high.isFinite else { return nil }
        (self.x, self.low, self.high) = (x, low, high)
    }
}

extension Panel {
    /// The smallest ranges holding every finite data point of every mark, or nil for a panel
    /// without data.
    var dataExtent: (x: ClosedRange<Double>, y: ClosedRange<Double>)? {
        let spans = marks.flatMap(\.spans)
        guard let first = spans.first else { return nil }
        var (minX, maxX, minY, maxY) = (first.x, first.x, first.low, first.high)
        for span in spans {
            (minX, maxX) = (min(minX, span.x), max(maxX, span.x))
            (minY, maxY) = (min(minY, span.low), max(maxY, span.high))
        }
        return (minX...maxX, minY...maxY)
    }
}
