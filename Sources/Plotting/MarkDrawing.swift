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
        case .raster(let raster):
            Self.drawRaster(raster, into: &svg, x: x, y: y)
        case .arrows(let from, let to):
            Self.drawArrows(from: from, to: to, color: color, into: &svg, x: x, y: y)
        }
    }

    /// Each arrow is a 1.5-pixel shaft and a filled head 8 pixels long, computed in pixel
    /// space so that heads keep their shape whatever the axis scales; one path for all shafts
    /// and one for all heads. Arrows shorter than their head are drawn as a head alone.
    private static func drawArrows(
        from: (x: [Double], y: [Double]), to: (x: [Double], y: [Double]), color: String,
        into svg: inout SVGWriter, x: LinearScale, y: LinearScale
    ) {
        let (headLength, headHalfWidth) = (8.0, 3.5)
        var shafts = PathData(), heads = PathData()
        for i in from.x.indices {
            let (x0, y0, x1, y1) = (x(from.x[i]), y(from.y[i]), x(to.x[i]), y(to.y[i]))
            guard x0.isFinite, y0.isFinite, x1.isFinite, y1.isFinite else { continue }
            let length = ((x1 - x0) * (x1 - x0) + (y1 - y0) * (y1 - y0)).squareRoot()
            guard length > 0 else { continue }
            let (ux, uy) = ((x1 - x0) / length, (y1 - y0) / length)
            let (baseX, baseY) = (x1 - ux * headLength, y1 - uy * headLength)
            if length > headLength {
                shafts.move(x0, y0)
                shafts.line(baseX, baseY)
            }
            heads.move(x1, y1)
            heads.line(baseX - uy * headHalfWidth, baseY + ux * headHalfWidth)
            heads.line(baseX + uy * headHalfWidth, baseY - ux * headHalfWidth)
            heads.close()
        }
        if !shafts.isEmpty {
            svg.element("path", ["d": shafts.text, "fill": "none", "stroke": color, "stroke-width": "1.5"])
        }
        if !heads.isEmpty {
            svg.element("path", ["d": heads.text, "fill": color, "stroke": "none"])
        }
    }

    /// One path per opacity level holding all of that level's cells, in `currentColor`. Cell
    /// edges are computed from the grid lines, not accumulated, so neighbours share edges
    /// exactly and no hairline gaps appear between them.
    private static func drawRaster(_ raster: Raster, into svg: inout SVGWriter, x: LinearScale, y: LinearScale) {
        let columnEdges = (0...raster.columns).map {
            x(raster.x.lowerBound + (raster.x.upperBound - raster.x.lowerBound) * Double($0) / Double(raster.columns))
        }
        let rowEdges = (0...raster.rows).map {
            y(raster.y.upperBound - (raster.y.upperBound - raster.y.lowerBound) * Double($0) / Double(raster.rows))
        }
        var paths = [PathData](repeating: PathData(), count: Raster.levels + 1)
        for row in 0..<raster.rows {
            for column in 0..<raster.columns {
                let level = raster.level(row: row, column: column)
                guard level > 0 else { continue }
                paths[level].move(columnEdges[column], rowEdges[row])
                paths[level].horizontal(to: columnEdges[column + 1])
                paths[level].vertical(to: rowEdges[row + 1])
                paths[level].horizontal(to: columnEdges[column])
                paths[level].close()
            }
        }
        // Crisp edges: anti-aliased neighbouring cells would each let the background show through
        // along their shared edge, drawing faint seams across a smooth heat map.
        for (level, d) in paths.enumerated() where !d.isEmpty {
            svg.element("path", [
                "d": d.text, "fill": "currentColor",
                "fill-opacity": formatFixed(Double(level) / Double(Raster.levels), decimals: 3),
                "shape-rendering": "crispEdges",
            ])
        }
        if raster.outlined {
            var frame = PathData()
            frame.move(columnEdges[0], rowEdges[0])
            frame.horizontal(to: columnEdges[raster.columns])
            frame.vertical(to: rowEdges[raster.rows])
            frame.horizontal(to: columnEdges[0])
            frame.close()
            svg.element("path", [
                "d": frame.text, "fill": "none", "stroke": "currentColor", "stroke-opacity": "0.3", "stroke-width": "1",
            ])
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
