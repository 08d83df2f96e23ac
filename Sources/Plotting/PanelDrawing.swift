/// Drawing one panel: gridlines, the clipped marks, axes with ticks and labels, the title and
/// the legend, in that order so text always sits on top of data.
extension Panel {
    /// Draws the panel into the cell whose left edge is at `originX`; `clipID`, and every id
    /// that starts with `markIDPrefix`, must be unique in the page (the figure derives them from
    /// its id prefix). With several `frames`, the states of one panel, and a way of `switching`
    /// between them, draws an animation or an explorable figure: the axes cover the data of every
    /// frame, so they stay still while the marks change; titles, labels, ranges and the legend
    /// come from the frame shown where nothing switches (the last of an animation, the selected
    /// value of an explorable figure).
    static func draw(
        frames: [Panel], switching: FrameSwitching?, into svg: inout SVGWriter, originX: Double, clipID: String,
        markIDPrefix: String
    ) {
        let layout = frames[switching?.shownFrame(count: frames.count) ?? frames.count - 1]
        let extent = frames.compactMap(\.dataExtent).reduce(nil) { union($0, $1) }
        let xAxis = Axis(fixed: layout.xRange, data: extent?.x, tickCount: 6)
        let yAxis = Axis(fixed: layout.yRange, data: extent?.y, tickCount: 5)
        var plot = Rect(plotAreaFor: layout, x: xAxis, y: yAxis, originX: originX)
        if layout.equalAspect {
            plot = plot.fitting(aspect: xAxis.domain.length / yAxis.domain.length)
        }
        let x = LinearScale(domain: xAxis.domain, pixels: (plot.x, plot.maxX))
        let y = LinearScale(domain: yAxis.domain, pixels: (plot.maxY, plot.y))

        svg.start("g", ["class": "panel"])
        svg.start("clipPath", ["id": clipID])
        svg.element("rect", [
            "x": coordinate(plot.x), "y": coordinate(plot.y),
            "width": coordinate(plot.width), "height": coordinate(plot.height),
        ])
        svg.end()
        if layout.showsAxes {
            layout.drawGrid(into: &svg, plot: plot, xTicks: xAxis.ticks.map { x($0) }, yTicks: yAxis.ticks.map { y($0) })
        }

        let dotStyles = Set(frames.flatMap { frame in
            frame.marks.enumerated().compactMap { index, mark in mark.dotStyle(color: Palette.color(index)) }
        })
        if !dotStyles.isEmpty {
            svg.start("defs")
            for style in dotStyles.sorted() { style.drawMarker(into: &svg, prefix: markIDPrefix) }
            svg.end()
        }
        svg.start("g", ["clip-path": "url(#\(clipID))"])
        svg.start("g", ["transform": MarkSpace.transform])
        drawMarks(of: frames, switching: switching, into: &svg, x: MarkSpace.scale(x), y: MarkSpace.scale(y), idPrefix: markIDPrefix)
        svg.end()
        svg.end()

        if layout.showsAxes {
            layout.drawAxes(into: &svg, plot: plot, x: (xAxis, x), y: (yAxis, y))
        }
        let middleX = plot.x + plot.width / 2
        if let switching, Set(frames.map(\.title)).count > 1 {
            // Titles that change with the frame (say, the training step) change with it.
            for (frameIndex, frame) in frames.enumerated() {
                switching.startFrame(frameIndex, into: &svg)
                frame.drawTitle(into: &svg, middleX: middleX)
                svg.end()
            }
        } else {
            layout.drawTitle(into: &svg, middleX: middleX)
        }
        if let legend = Legend(marks: layout.marks) {
            let spans = frames.flatMap { $0.marks.flatMap(\.spans) }
                .map { (x: x($0.x), top: y($0.high), bottom: y($0.low)) }
            legend.draw(into: &svg, plot: plot, avoiding: spans)
        }
        svg.end()
    }

    /// The marks of every frame. In an animation or an explorable figure, a mark drawn the same
    /// in several frames (the data a model is fitted to, say) is written once. Those at the start of every frame's
    /// list go below the frames' groups, those at the end above them; any other is defined
    /// once and placed in each frame by a `<use>`. Each frame still shows its marks in their
    /// order, and the groups hold little more than what changes.
    private static func drawMarks(
        of frames: [Panel], switching: FrameSwitching?, into svg: inout SVGWriter, x: LinearScale, y: LinearScale,
        idPrefix: String
    ) {
        let drawn = frames.enumerated().map { frameIndex, frame in
            frame.marks.enumerated().map { index, mark in
                var out = SVGWriter()
                mark.draw(into: &out, color: Palette.color(index), x: x, y: y,
                          ids: MarkIDs(panel: idPrefix, frame: frameIndex, mark: index))
                return out
            }
        }
        guard let switching else {
            for mark in drawn.joined() { svg.append(mark) }
            return
        }
        let shortest = drawn.map(\.count).min() ?? 0
        func sameInEveryFrame(_ position: (_ marks: [SVGWriter]) -> Int) -> Bool {
            drawn.allSatisfy { $0[position($0)].output == drawn[0][position(drawn[0])].output }
        }
        var below = 0
        while below < shortest && sameInEveryFrame({ _ in below }) { below += 1 }
        var above = 0
        while below + above < shortest && sameInEveryFrame({ $0.count - 1 - above }) { above += 1 }
        let changing = drawn.map { $0[below..<($0.count - above)] }
        let shared = sharedMarks(changing, idPrefix: idPrefix)
        for mark in drawn[0].prefix(below) { svg.append(mark) }
        if !shared.definitions.isEmpty {
            svg.start("defs")
            for mark in shared.definitions { svg.append(mark) }
            svg.end()
        }
        for (frameIndex, marks) in changing.enumerated() {
            switching.startFrame(frameIndex, into: &svg)
            for mark in marks {
                if let id = shared.ids[mark.output] { svg.element("use", ["href": "#" + id]) } else { svg.append(mark) }
            }
            svg.end()
        }
        for mark in drawn[0].suffix(above) { svg.append(mark) }
    }

    /// The marks drawn the same more than once across `frames`: each one's drawing with an id
    /// added (`<idPrefix>-shared-<n>`, numbered in order of first appearance), and the id by
    /// drawing.
    private static func sharedMarks(
        _ frames: [ArraySlice<SVGWriter>], idPrefix: String
    ) -> (definitions: [SVGWriter], ids: [String: String]) {
        var counts: [String: Int] = [:]
        for mark in frames.joined() { counts[mark.output, default: 0] += 1 }
        var definitions: [SVGWriter] = [], ids: [String: String] = [:]
        for mark in frames.joined() where counts[mark.output]! > 1 && ids[mark.output] == nil {
            let id = "\(idPrefix)-shared-\(definitions.count)"
            ids[mark.output] = id
            definitions.append(mark.grouped(id: id))
        }
        return (definitions, ids)
    }

    /// The smallest ranges holding both extents.
    private static func union(
        _ a: (x: ClosedRange<Double>, y: ClosedRange<Double>)?, _ b: (x: ClosedRange<Double>, y: ClosedRange<Double>)
    ) -> (x: ClosedRange<Double>, y: ClosedRange<Double>) {
        guard let a else { return b }
        return (min(a.x.lowerBound, b.x.lowerBound)...max(a.x.upperBound, b.x.upperBound),
                min(a.y.lowerBound, b.y.lowerBound)...max(a.y.upperBound, b.y.upperBound))
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

    /// The left and bottom axis lines with outward ticks, tick labels and axis labels.
    private func drawAxes(
        into svg: inout SVGWriter, plot: Rect, x: (axis: Axis, scale: LinearScale),
        y: (axis: Axis, scale: LinearScale)
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
            // Rotated a quarter turn, so the glyphs extend to the left of the baseline at x;
            // placed beside the tick labels, which matters when equalAspect narrows the plot.
            let baseline = plot.x - Rect.yTickLabelSpace(y.axis) - 10
            let (labelX, labelY) = (coordinate(baseline), coordinate(plot.y + plot.height / 2))
            svg.element("text", [
                "x": labelX, "y": labelY, "text-anchor": "middle", "font-size": fontSize,
                "transform": "rotate(-90 \(labelX) \(labelY))",
            ], text: yLabel)
        }
    }

    /// The panel title, centred above the plot area.
    private func drawTitle(into svg: inout SVGWriter, middleX: Double) {
        guard !title.isEmpty else { return }
        svg.element("text", [
            "x": coordinate(middleX), "y": "24", "text-anchor": "middle",
            "font-size": formatFixed(Layout.labelFontSize, decimals: 1), "font-weight": "600",
        ], text: title)
    }
}
