/// Drawing one panel: gridlines, the clipped marks, axes with ticks and labels, the title and
/// the legend, in that order so text always sits on top of data.
extension Panel {
    /// Draws the panel into the cell whose left edge is at `originX`. `clipID` must be unique
    /// in the page (the figure derives it from its id prefix).
    func draw(into svg: inout SVGWriter, originX: Double, clipID: String) {
        let extent = dataExtent
        let xAxis = Axis(fixed: xRange, data: extent?.x, tickCount: 6)
        let yAxis = Axis(fixed: yRange, data: extent?.y, tickCount: 5)
        let plot = Rect(plotAreaFor: self, x: xAxis, y: yAxis, originX: originX)
        let x = LinearScale(domain: xAxis.domain, pixels: (plot.x, plot.maxX))
        let y = LinearScale(domain: yAxis.domain, pixels: (plot.maxY, plot.y))

        svg.start("g", ["class": "panel"])
        svg.start("clipPath", ["id": clipID])
        svg.element("rect", [
            "x": coordinate(plot.x), "y": coordinate(plot.y),
            "width": coordinate(plot.width), "height": coordinate(plot.height),
        ])
        svg.end()
        drawGrid(into: &svg, plot: plot, xTicks: xAxis.ticks.map { x($0) }, yTicks: yAxis.ticks.map { y($0) })

        svg.start("g", ["clip-path": "url(#\(clipID))"])
        for (index, mark) in marks.enumerated() {
            mark.draw(into: &svg, color: Palette.color(index), x: x, y: y)
        }
        svg.end()

        drawAxes(into: &svg, plot: plot, x: (xAxis, x), y: (yAxis, y), originX: originX)
        if let legend = Legend(marks: marks) {
            let spans = marks.flatMap(\.spans).map { (x: x($0.x), top: y($0.high), bottom: y($0.low)) }
            legend.draw(into: &svg, plot: plot, avoiding: spans)
        }
        svg.end()
    }

    /// Faint lines at every tick, so values can be read off across the plot.
    private func drawGrid(into svg: inout SVGWriter, plot: Rect, xTicks: [Double], yTicks: [Double]) {
        var d = PathData()
        for px in xTicks {
            d.move(px, plot.y)
            d.vertical(to: plot.maxY)
        }
        for py in yTicks {
            d.move(plot.x, py)
            d.horizontal(to: plot.maxX)
        }
        guard !d.isEmpty else { return }
        svg.element("path", [
            "d": d.text, "fill": "none", "stroke": "currentColor", "stroke-opacity": "0.12", "stroke-width": "1",
        ])
    }

    /// The left and bottom axis lines with outward ticks, tick labels, axis labels and title.
    private func drawAxes(
        into svg: inout SVGWriter, plot: Rect, x: (axis: Axis, scale: LinearScale),
        y: (axis: Axis, scale: LinearScale), originX: Double
    ) {
        var d = PathData()
        d.move(plot.x, plot.y)
        d.vertical(to: plot.maxY)
        d.horizontal(to: plot.maxX)
        for tick in x.axis.ticks {
            d.move(x.scale(tick), plot.maxY)
            d.vertical(by: Layout.tickLength)
        }
        for tick in y.axis.ticks {
            d.move(plot.x, y.scale(tick))
            d.horizontal(by: -Layout.tickLength)
        }
        svg.element("path", ["d": d.text, "fill": "none", "stroke": "currentColor", "stroke-width": "1"])

        svg.start("g", ["class": "ticks", "text-anchor": "middle"])
        for (tick, label) in zip(x.axis.ticks, x.axis.labels) {
            svg.element("text", ["x": coordinate(x.scale(tick)), "y": coordinate(plot.maxY + 18)], text: label)
        }
        svg.end()
        svg.start("g", ["class": "ticks", "text-anchor": "end"])
        for (tick, label) in zip(y.axis.ticks, y.axis.labels) {
            svg.element("text", [
                "x": coordinate(plot.x - Layout.tickLength - 4), "y": coordinate(y.scale(tick)), "dy": "0.32em",
            ], text: label)
        }
        svg.end()

        let fontSize = formatFixed(Layout.labelFontSize, decimals: 1)
        let middleX = coordinate(plot.x + plot.width / 2)
        if !xLabel.isEmpty {
            svg.element("text", [
                "x": middleX, "y": coordinate(plot.maxY + 40), "text-anchor": "middle", "font-size": fontSize,
            ], text: xLabel)
        }
        if !yLabel.isEmpty {
            // Rotated a quarter turn, so the glyphs extend to the left of the baseline at x.
            let (labelX, labelY) = (coordinate(originX + 22), coordinate(plot.y + plot.height / 2))
            svg.element("text", [
                "x": labelX, "y": labelY, "text-anchor": "middle", "font-size": fontSize,
                "transform": "rotate(-90 \(labelX) \(labelY))",
            ], text: yLabel)
        }
        if !title.isEmpty {
            svg.element("text", [
                "x": middleX, "y": "24", "text-anchor": "middle", "font-size": fontSize, "font-weight": "600",
            ], text: title)
        }
    }
}
