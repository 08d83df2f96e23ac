/// How a scatter's points are drawn: one path through all of them, drawing nothing itself,
/// with a disc as the marker on every vertex. A point then costs only its two coordinates,
/// written relative to the previous point; a path of zero-length round-capped strokes would
/// need a move and a line per point. The path's `opacity` applies to it as a whole, so
/// overlapping discs are not darker than a lone one.
struct DotStyle: Hashable, Comparable {
    var color: String
    var diameter: Double

    /// Dots shrink as points multiply so that dense clouds keep some texture: 5 px up to 500
    /// points, 4 px up to 2000, 3 px beyond.
    init(color: String, pointCount: Int) {
        self.color = color
        diameter = switch pointCount {
        case ...500: 5
        case ...2000: 4
        default: 3
        }
    }

    static func < (a: DotStyle, b: DotStyle) -> Bool {
        (a.color, a.diameter) < (b.color, b.diameter)
    }

    /// The marker's id among the panel's ids (`prefix`): colour and size name it, so that a
    /// scatter drawn the same in every frame of an animation is written the same.
    func id(prefix: String) -> String {
        "\(prefix)-dot-\(color.filter { $0.isLetter || $0.isNumber })-\(formatFixed(diameter, decimals: 1))"
    }

    /// The marker: a disc centred on the vertex, sized in the units of `MarkSpace`, where the
    /// path is.
    func drawMarker(into svg: inout SVGWriter, prefix: String) {
        svg.start("marker", ["id": id(prefix: prefix), "markerUnits": "userSpaceOnUse", "overflow": "visible"])
        svg.element("circle", ["r": MarkSpace.length(diameter / 2), "fill": color])
        svg.end()
    }
}

extension Mark {
    /// The style of a scatter's dots in `color`; nil for other marks.
    func dotStyle(color: String) -> DotStyle? {
        guard case .scatter(let xs, _) = shape else { return nil }
        return DotStyle(color: color, pointCount: xs.count)
    }

    /// The path through a scatter's points (positions in `MarkSpace`). Their order does not
    /// matter (the discs are painted as one), so the path takes the order that makes the
    /// relative steps between them shortest: bands 2 px high, left to right, then right to
    /// left. Points that fall on the same unit as another are written once; points whose disc
    /// lies wholly outside the plot area, which its clip path hides, are left out.
    static func dotPath(_ points: [(Double, Double)], style: DotStyle, x: LinearScale, y: LinearScale) -> PathData {
        var d = MarkSpace.path()
        let reach = (style.diameter / 2 + 1) * MarkSpace.unitsPerPixel
        let (minX, maxX) = (min(x.pixels.start, x.pixels.end) - reach, max(x.pixels.start, x.pixels.end) + reach)
        let (minY, maxY) = (min(y.pixels.start, y.pixels.end) - reach, max(y.pixels.start, y.pixels.end) + reach)
        let units = Set(points.compactMap { px, py -> [Int]? in
            guard px.isFinite, py.isFinite, (minX...maxX).contains(px), (minY...maxY).contains(py) else { return nil }
            return [d.units(px), d.units(py)]
        })
        let (band, top) = (d.units(2 * MarkSpace.unitsPerPixel), d.units(minY))
        let ordered = units.sorted { a, b in
            let (bandA, bandB) = ((a[1] - top) / band, (b[1] - top) / band)
            if bandA != bandB { return bandA < bandB }
            if a[0] != b[0] { return bandA.isMultiple(of: 2) ? a[0] < b[0] : a[0] > b[0] }
            return a[1] < b[1]
        }
        for (index, point) in ordered.enumerated() {
            let (px, py) = (Double(point[0]) / d.scale, Double(point[1]) / d.scale)
            if index == 0 { d.move(px, py) } else { d.line(px, py) }
        }
        return d
    }
}
