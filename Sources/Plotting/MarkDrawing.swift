/// Ids for a mark's elements, unique in the page: the panel's prefix, which the panel's dot
/// markers share, and the mark's place (frame and index) for what is its alone.
struct MarkIDs {
    var panel: String
    var frame: Int
    var mark: Int

    var unique: String { "\(panel)-\(frame)-\(mark)" }
}

/// How each kind of mark becomes one SVG `<path>` (a raster, a masked image): one element per
/// mark keeps files small even for thousands of points. Points with a NaN or infinite
/// coordinate are never written.
extension Mark {
    /// Draws the mark in `color` in `MarkSpace`, the scales giving positions in its units;
    /// `ids` name what it refers to (a raster's mask, a scatter's dot marker).
    func draw(into svg: inout SVGWriter, color: String, x: LinearScale, y: LinearScale, ids: MarkIDs) {
        switch shape {
        case .line(let xs, let ys):
            let d = Self.polyline(xs.indices.map { (x(xs[$0]), y(ys[$0])) })
            guard !d.isEmpty else { return }
            svg.element("path", [
                "d": d.text, "fill": "none", "stroke": color, "stroke-width": MarkSpace.length(2),
                "stroke-linejoin": "round", "stroke-linecap": "round",
            ])
        case .band(let xs, let lower, let upper):
            let d = Self.band(xs.indices.map { (x(xs[$0]), y(lower[$0]), y(upper[$0])) })
            guard !d.isEmpty else { return }
            svg.element("path", filled(d, color))
        case .scatter(let xs, let ys):
            let style = DotStyle(color: color, pointCount: xs.count)
            let d = Self.dotPath(xs.indices.map { (x(xs[$0]), y(ys[$0])) }, style: style, x: x, y: y)
            guard !d.isEmpty else { return }
            let marker = "url(#\(style.id(prefix: ids.panel)))"
            svg.element("path", [
                "d": d.text, "fill": "none", "marker-start": marker, "marker-mid": marker, "marker-end": marker,
                "opacity": "0.7",
            ])
        case .bars(let edges, let heights):
            var d = MarkSpace.path()
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
            Self.drawRaster(raster, id: ids.unique, into: &svg, x: x, y: y)
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
        let (headLength, headHalfWidth) = (8 * MarkSpace.unitsPerPixel, 3.5 * MarkSpace.unitsPerPixel)
        var shafts = MarkSpace.path(), heads = MarkSpace.path()
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
            svg.element("path", ["d": shafts.text, "fill": "none", "stroke": color, "stroke-width": MarkSpace.length(1.5)])
        }
        if !heads.isEmpty {
            svg.element("path", ["d": heads.text, "fill": color, "stroke": "none"])
        }
    }

    /// A raster is a PNG of one pixel per cell, scaled up without smoothing so that cells keep
    /// sharp edges, used as an alpha mask over a rectangle of `currentColor`: the image gives
    /// each cell's opacity, the page its colour, so the same figure reads in both colour
    /// schemes. A few kilobytes where a path per cell took hundreds.
    private static func drawRaster(_ raster: Raster, id: String, into svg: inout SVGWriter, x: LinearScale, y: LinearScale) {
        let left = x(raster.x.lowerBound), top = y(raster.y.upperBound)
        let (width, height) = (x(raster.x.upperBound) - left, y(raster.y.lowerBound) - top)
        let alphas = raster.alphas
        if alphas.contains(where: { $0 > 0 }) {
            let png = PNG.blackWithAlpha(width: raster.columns, height: raster.rows, alpha: alphas)
            svg.start("mask", ["id": id, "mask-type": "alpha"])
            svg.element("image", [
                "x": coordinate(left), "y": coordinate(top), "width": coordinate(width), "height": coordinate(height),
                "preserveAspectRatio": "none", "style": "image-rendering:pixelated",
                "href": "data:image/png;base64," + base64(png),
            ])
            svg.end()
            svg.element("rect", [
                "x": coordinate(left), "y": coordinate(top), "width": coordinate(width), "height": coordinate(height),
                "fill": "currentColor", "mask": "url(#\(id))",
            ])
        }
        guard !raster.outlines.isEmpty else { return }
        // Block edges from the grid lines, as the image's pixels are laid out.
        let cellWidth = width / Double(raster.columns), cellHeight = height / Double(raster.rows)
        var frames = MarkSpace.path()
        for block in raster.outlines {
            frames.move(left + cellWidth * Double(block.column), top + cellHeight * Double(block.row))
            frames.horizontal(to: left + cellWidth * Double(block.column + block.columns))
            frames.vertical(to: top + cellHeight * Double(block.row + block.rows))
            frames.horizontal(to: left + cellWidth * Double(block.column))
            frames.close()
        }
        svg.element("path", [
            "d": frames.text, "fill": "none", "stroke": "currentColor", "stroke-opacity": "0.3",
            "stroke-width": MarkSpace.length(1),
        ])
    }

    /// Attributes of a filled shape: translucent fill so overlaps and gridlines show through,
    /// solid outline in the same colour.
    private func filled(_ d: PathData, _ color: String) -> KeyValuePairs<String, String?> {
        ["d": d.text, "fill": color, "fill-opacity": "0.35", "stroke": color, "stroke-width": MarkSpace.length(1)]
    }

    /// A polyline through the finite points, lifting the pen at every non-finite one.
    private static func polyline(_ points: [(Double, Double)]) -> PathData {
        var d = MarkSpace.path()
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
        var d = MarkSpace.path()
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
