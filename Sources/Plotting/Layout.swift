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
        let widestYLabel = y.labels.map { Layout.textWidth($0) }.max() ?? 0
        let lastXLabel = Layout.textWidth(x.labels.last ?? "")
        let left = 10 + (panel.yLabel.isEmpty ? 0 : 22) + widestYLabel + Layout.tickLength + 5
        let right = max(16, lastXLabel / 2 + 6)
        let top = panel.title.isEmpty ? 16.0 : 38.0
        let bottom = panel.xLabel.isEmpty ? 30.0 : 50.0
        self.init(
            x: originX + left, y: top,
            width: Layout.panelWidth - left - right, height: Layout.panelHeight - top - bottom)
    }
}
