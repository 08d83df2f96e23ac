extension Figure {
    /// The figure as SVG. `idPrefix` makes every id inside unique on a page holding many figures
    /// (e.g. "fig-0-2"); `standalone` adds the XML namespace and a small <style> that sets the
    /// text colour (dark in light mode, light under prefers-color-scheme: dark) for viewing the
    /// file on its own; inline (standalone: false) the page's CSS sets the colour instead.
    ///
    /// The output depends only on the figure's contents and the arguments: rendering the same
    /// figure twice gives the same bytes. The image is announced as one `role="img"` labelled
    /// by the title and caption; its text and axes use `currentColor`, and the legend
    /// background uses the CSS variable `--plot-bg`, which a page can set to its background
    /// colour (the fallback, the system colour `Canvas`, is only right on pages that declare
    /// their `color-scheme`). An explorable figure's root names its parameter (`data-parameter`)
    /// and its frames are groups a page's script can switch (see `FrameChoice`).
    public func svg(idPrefix: String, standalone: Bool) -> String {
        let (width, height) = size
        let titleID = idPrefix + "-title"
        let descID = idPrefix + "-desc"
        var svg = SVGWriter()
        svg.start("svg", [
            "class": "figure",
            "viewBox": "0 0 \(coordinate(width)) \(coordinate(height))",
            "width": coordinate(width),
            "height": coordinate(height),
            "role": "img",
            "aria-labelledby": titleID + " " + descID,
            "xmlns": standalone ? "http://www.w3.org/2000/svg" : nil,
            "font-family": Layout.fontFamily,
            "font-size": formatFixed(Layout.fontSize, decimals: 1),
            "fill": "currentColor",
            "data-parameter": parameter?.name,
        ])
        svg.element("title", ["id": titleID], text: title)
        svg.element("desc", ["id": descID], text: caption)
        if standalone {
            svg.raw(Self.standaloneStyle)
        }
        let switching = frameSwitching
        for (index, panel) in panels.enumerated() {
            // Rows after the first are shifted down as a group, so a panel draws the same way in
            // any row (and a one-row figure has no group at all).
            let row = index / columns
            if row > 0 { svg.start("g", ["transform": "translate(0 \(coordinate(Layout.panelHeight * Double(row))))"]) }
            Panel.draw(
                frames: frames.isEmpty ? [panel] : frames.map { $0[index] }, switching: switching, into: &svg,
                originX: Layout.panelWidth * Double(index % columns), clipID: "\(idPrefix)-clip-\(index)",
                markIDPrefix: "\(idPrefix)-mark-\(index)")
            if row > 0 { svg.end() }
        }
        svg.end()
        return svg.output
    }

    /// How the frames take turns: nil for a still figure.
    private var frameSwitching: FrameSwitching? {
        if let parameter { return .chosen(FrameChoice(valueLabels: parameter.values, selected: parameter.selected)) }
        return frames.isEmpty ? nil : .animated(FrameSchedule(count: frames.count, secondsPerFrame: secondsPerFrame))
    }

    /// Colours for the file viewed on its own (or through `<img>`), where no page CSS applies:
    /// GitHub-like dark text on light backgrounds, light text on dark ones.
    private static let standaloneStyle = """
        <style>svg{color:#1f2328;--plot-bg:#ffffff;color-scheme:light dark}\
        @media (prefers-color-scheme:dark){svg{color:#e6edf3;--plot-bg:#0d1117}}</style>
        """
}
