/// A figure for the book: one or more panels side by side, with a short title and a caption
/// that describe it to screen readers (and to anyone reading the SVG source).
public struct Figure: Sendable {
    /// Drawn side by side, left to right, in one row.
    public var panels: [Panel]
    /// Short; becomes the SVG's `<title>`.
    public var title: String
    /// One or two sentences; becomes the SVG's `<desc>`.
    public var caption: String

    public init(_ panel: Panel, title: String, caption: String) {
        self.init(panels: [panel], title: title, caption: caption)
    }

    public init(panels: [Panel], title: String, caption: String) {
        self.panels = panels
        self.title = title
        self.caption = caption
    }

    /// The rendered size in CSS pixels: one fixed-size cell per panel.
    public var size: (width: Double, height: Double) {
        (Layout.panelWidth * Double(max(panels.count, 1)), Layout.panelHeight)
    }
}
