/// Sizes and positions shared by the renderer: every panel is a fixed-size cell, and the
/// margins around its plot area grow just enough for its tick labels.
enum Layout {
    static let panelWidth = 480.0
    static let panelHeight = 340.0
    static let fontFamily = "system-ui, -apple-system, 'Segoe UI', sans-serif"
    /// Tick labels and legend text.
    static let fontSize = 12.0
    /// Axis labels and panel titles.
    static let labelFontSize = 13.0
    static let tickLength = 5.0

    /// An estimate of the width of `text` at `fontSize`; SVG text cannot be measured ahead of
    /// rendering, and the average glyph of the system sans-serif fonts is about 0.6 em wide.
    static func textWidth(_ text: String) -> Double {
        Double(text.count) * 0.6 * fontSize
    }
}

/// An axis-aligned rectangle in SVG pixels.
struct Rect {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }
}

extension Rect {
    /// The plot area of the panel whose cell starts at `originX`: room on the left for the y
    /// label and the widest y tick label, at the bottom for the x tick labels and x label, at
    /// the top for the title, and on the right for half of the last x tick label.
    init(plotAreaFor panel: Panel, x: Axis, y: Axis, originX: Double) {
        let top = panel.title.isEmpty ? 16.0 : 38.0
        guard panel.showsAxes else {
            self.init(x: originX + 12, y: top, width: Layout.panelWidth - 24, height: Layout.panelHeight - top - 12)
            return
        }
        let lastXLabel = Layout.textWidth(x.labels.last ?? "")
        let left = 10 + (panel.yLabel.isEmpty ? 0 : 22) + Self.yTickLabelSpace(y)
        let right = max(16, lastXLabel / 2 + 6)
        let bottom = panel.xLabel.isEmpty ? 30.0 : 50.0
        self.init(
            x: originX + left, y: top,
            width: Layout.panelWidth - left - right, height: Layout.panelHeight - top - bottom)
    }
}

extension Rect {
    /// The room the y tick labels and ticks take to the left of the plot area; the y axis
    /// label sits just beyond it.
    static func yTickLabelSpace(_ y: Axis) -> Double {
        (y.labels.map { Layout.textWidth($0) }.max() ?? 0) + Layout.tickLength + 5
    }

    /// The largest rectangle of the given width-to-height ratio inside this one, centred.
    func fitting(aspect: Double) -> Rect {
        guard aspect.isFinite, aspect > 0 else { return self }
        if width / height > aspect {
            let fitted = height * aspect
            return Rect(x: x + (width - fitted) / 2, y: y, width: fitted, height: height)
        } else {
            let fitted = width / aspect
            return Rect(x: x, y: y + (height - fitted) / 2, width: width, height: fitted)
        }
    }
}

extension ClosedRange<Double> {
    var length: Double { upperBound - lowerBound }
}
