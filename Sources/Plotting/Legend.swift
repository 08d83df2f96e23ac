/// The key to a panel's labelled marks, drawn inside the plot area in whichever corner hides
/// the least data (top right when several tie).
struct Legend {
    private struct Entry {
        let label: String
        let color: String
        let swatch: Swatch
    }

    /// The miniature drawn beside a label: a stroke for a line or arrows, dots for a scatter,
    /// a filled box for a band or bars. A raster has none: its shades are no single colour,
    /// and `Panel.raster` gives it no label, so it never has an entry.
    private enum Swatch {
        case stroke, dots, box

        init?(_ shape: Mark.Shape) {
            switch shape {
            case .line, .arrows: self = .stroke
            case .scatter: self = .dots
            case .band, .bars: self = .box
            case .raster: return nil
            }
        }
    }

    private let entries: [Entry]
    private static let rowHeight = 18.0
    private static let padding = 7.0
    private static let swatchWidth = 18.0
    private static let inset = 8.0

    /// The legend of `marks`, or nil when none of them has a label.
    init?(marks: [Mark]) {
        entries = marks.indices.compactMap { i in
            guard let label = marks[i].label, let swatch = Swatch(marks[i].shape) else { return nil }
            return Entry(label: label, color: Palette.color(i), swatch: swatch)
        }
        if entries.isEmpty { return nil }
    }

    private var size: (width: Double, height: Double) {
        let widestLabel = entries.map { Layout.textWidth($0.label) }.max() ?? 0
        return (
            2 * Self.padding + Self.swatchWidth + 6 + widestLabel,
            2 * Self.padding + Double(entries.count) * Self.rowHeight - 4
        )
    }

    /// The corner box overlapping the fewest data spans (`x, top, bottom` in pixels); ties go
    /// to the earlier of top right, top left, bottom right, bottom left.
    private func box(in plot: Rect, avoiding spans: [(x: Double, top: Double, bottom: Double)]) -> Rect {
        let (width, height) = size
        let (left, right) = (plot.x + Self.inset, plot.maxX - Self.inset - width)
        let (top, bottom) = (plot.y + Self.inset, plot.maxY - Self.inset - height)
        let corners = [(right, top), (left, top), (right, bottom), (left, bottom)]
            .map { Rect(x: $0.0, y: $0.1, width: width, height: height) }
        let costs = corners.map { box in
            spans.count(where: { $0.x >= box.x && $0.x <= box.maxX && $0.bottom >= box.y && $0.top <= box.maxY })
        }
        return corners[costs.indices.min { costs[$0] < costs[$1] }!]
    }

    func draw(
        into svg: inout SVGWriter, plot: Rect, avoiding spans: [(x: Double, top: Double, bottom: Double)]
    ) {
        let box = box(in: plot, avoiding: spans)
        svg.start("g", ["class": "legend"])
        // The page background, translucent, so the legend stays legible over data it covers:
        // the CSS variable --plot-bg if the page sets it, else the system colour Canvas (right
        // on pages that declare their `color-scheme`).
        svg.element("rect", [
            "x": coordinate(box.x), "y": coordinate(box.y),
            "width": coordinate(box.width), "height": coordinate(box.height), "rx": "4",
            "style": "fill:var(--plot-bg,Canvas)", "fill-opacity": "0.85",
            "stroke": "currentColor", "stroke-opacity": "0.25",
        ])
        for (row, entry) in entries.enumerated() {
            let middle = box.y + Self.padding + 7 + Double(row) * Self.rowHeight
            let swatchX = box.x + Self.padding
            drawSwatch(entry, into: &svg, x: swatchX, y: middle)
            svg.element("text", [
                "x": coordinate(swatchX + Self.swatchWidth + 6), "y": coordinate(middle), "dy": "0.32em",
            ], text: entry.label)
        }
        svg.end()
    }

    private func drawSwatch(_ entry: Entry, into svg: inout SVGWriter, x: Double, y: Double) {
        var d = PathData()
        switch entry.swatch {
        case .stroke:
            d.move(x, y)
            d.horizontal(by: Self.swatchWidth)
            svg.element("path", ["d": d.text, "fill": "none", "stroke": entry.color, "stroke-width": "2", "stroke-linecap": "round"])
        case .dots:
            for dx in [3.0, 9, 15] { d.dot(x + dx, y) }
            svg.element("path", [
                "d": d.text, "fill": "none", "stroke": entry.color, "stroke-width": "5", "stroke-linecap": "round",
                "stroke-opacity": "0.7",
            ])
        case .box:
            svg.element("rect", [
                "x": coordinate(x), "y": coordinate(y - 5), "width": coordinate(Self.swatchWidth), "height": "10",
                "fill": entry.color, "fill-opacity": "0.35", "stroke": entry.color, "stroke-width": "1",
            ])
        }
    }
}
