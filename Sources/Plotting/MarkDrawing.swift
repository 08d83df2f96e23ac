/// How each kind of mark becomes one SVG `<path>`: one element per mark keeps files small
/// even for thousands of points. Points with a NaN or infinite coordinate are never written.
extension Mark {
    func draw(into svg: inout SVGWriter, color: String, x: LinearScale, y: LinearScale) {
        switch shape {
        case .line(let xs, let ys):
            let d = Self.polyline(xs.indices.map { (x(xs[$0]), y(ys[$0])) })
            guard !d.isEmpty else { return }
            svg.element("path", [
                "d": d.text, "fill": "none", "stroke": color, "stroke-width": "2",
                "stroke-linejoin": "round", "stroke-linecap": "round",
            ])
        case .band(let xs, let lower, let upper):
            let d = Self.band(xs.indices.map { (x(xs[$0]), y(lower[$0]), y(upper[$0])) })
            guard !d.isEmpty else { return }
            svg.element("path", filled(d, color))
        case .scatter(let xs, let ys):
            var d = PathData()
            for i in xs.indices {
                let (px, py) = (x(xs[i]), y(ys[i]))
                if px.isFinite && py.isFinite { d.dot(px, py) }
            }
            guard !d.isEmpty else { return }
            svg.element("path", [
                "d": d.text, "fill": "none", "stroke": color, "stroke-width": Self.dotDiameter(pointCount: xs.count),
                "stroke-linecap": "round", "stroke-opacity": "0.7",
            ])
        case .bars(let edges, let heights):
            var d = PathData()
            let base = y(0)
            for i in heights.indices {
                let (left, right, top) = (x(edges[i]), x(edges[i + 1]), y(heights[i]))
                // Empty bins draw nothing (not even a line along the baseline).
                guard heights[i] != 0, left.isFinite, right.isFinite, top.isFinite else { continue }
                d.move(left, base)
                d.horizontal(to: right)
                d.vertical(to: top)
                d.horizontal(to: left)
                d.close()
            }
            guard !d.isEmpty else { return }
            svg.element("path", filled(d, color))
        }
    }

    /// Dots shrink as points multiply so that dense clouds keep some texture: 5 px up to 500
    /// points, 4 px up to 2000, 3 px beyond.
    private static func dotDiameter(pointCount: Int) -> String {
        switch pointCount {
        case ...500: "5"
        case ...2000: "4"
        default: "3"
        }
    }

    /// Attributes of a filled shape: translucent fill so overlaps and gridlines show through,
    /// solid outline in the same colour.
    private func filled(_ d: PathData, _ color: String) -> KeyValuePairs<String, String?> {
        ["d": d.text, "fill": color, "fill-opacity": "0.35", "stroke": color, "stroke-width": "1"]
    }

    /// A polyline through the finite points, lifting the pen at every non-finite one.
    private static func polyline(_ points: [(Double, Double)]) -> PathData {
        var d = PathData()
        var penDown = false
        for (px, py) in points {
            guard px.isFinite && py.isFinite else { penDown = false; continue }
            if penDown { d.line(px, py) } else { d.move(px, py) }
            penDown = true
        }
        return d
    }

    /// One closed polygon per run of consecutive finite `(x, lower, upper)` points: along the
    /// upper curve, then back along the lower one. Runs of a single point enclose nothing.
    private static func band(_ points: [(x: Double, lower: Double, upper: Double)]) -> PathData {
        var d = PathData()
        var run: [(x: Double, lower: Double, upper: Double)] = []
        for point in points + [(.nan, .nan, .nan)] {
            if point.x.isFinite && point.lower.isFinite && point.upper.isFinite {
                run.append(point)
                continue
            }
            if run.count >= 2 {
                d.move(run[0].x, run[0].upper)
                for p in run.dropFirst() { d.line(p.x, p.upper) }
                for p in run.reversed() { d.line(p.x, p.lower) }
                d.close()
            }
            run = []
        }
        return d
    }
}
