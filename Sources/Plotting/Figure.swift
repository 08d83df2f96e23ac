/// A figure for the book: one or more panels side by side, with a short title and a caption
/// that describe it to screen readers (and to anyone reading the SVG source).
public struct Figure: Sendable {
    /// Drawn side by side, left to right, in one row.
    public var panels: [Panel]
    /// Short; becomes the SVG's `<title>`.
    public var title: String
    /// One or two sentences; becomes the SVG's `<desc>`.
    public var caption: String
    /// The name the book's prose refers to the figure by: `label: "box-muller"` is written
    /// `@fig:box-muller` in a chapter and becomes a link such as "Figure 3.2". Letters, digits,
    /// hyphens and underscores; nil for a figure nothing refers to.
    public var label: String?
    /// For an animated figure, its successive states, each a row of panels like `panels`
    /// (which holds the last state); for an explorable figure, one row per value of its
    /// parameter (`panels` holds the selected value's); empty for a still figure. See
    /// `init(frames:…)` and `init(exploring:…)`.
    public internal(set) var frames: [[Panel]] = []
    /// For an explorable figure, the parameter its frames vary: its name, each frame's value as
    /// the page labels it, and the index of the frame shown first; nil for any other figure.
    public internal(set) var parameter: (name: String, values: [String], selected: Int)?
    /// How long each frame of an animated figure stays on screen.
    public private(set) var secondsPerFrame = 0.5
    /// The most panels side by side; more wrap onto further rows, left to right, top to bottom
    /// (four panels two to a row make a 2 × 2 grid, which stays legible in a page's column
    /// where four in a row would be too small). Nil: all in one row.
    public var panelsPerRow: Int?

    public init(_ panel: Panel, title: String, caption: String, label: String? = nil) {
        self.init(panels: [panel], title: title, caption: caption, label: label)
    }

    public init(panels: [Panel], title: String, caption: String, label: String? = nil, panelsPerRow: Int? = nil) {
        self.panels = panels
        self.title = title
        self.caption = caption
        self.label = label
        self.panelsPerRow = panelsPerRow
    }

    /// An animated figure: `frames[i]` is the row of panels at time i (every row the same
    /// length). The SVG plays the frames in a loop, `secondsPerFrame` each with the last held
    /// longer, using SVG animation (no script); where animation is not available, as in print,
    /// it shows the last frame. Axes stay fixed across frames, covering the data of all of
    /// them (or the ranges the panels fix); a panel title that differs between frames, such
    /// as "step 500", changes with the frame.
    /// - Precondition: at least one frame, all with the same number of panels.
    public init(
        frames: [[Panel]], secondsPerFrame: Double = 0.5, title: String, caption: String, label: String? = nil
    ) {
        precondition(!frames.isEmpty, "an animated figure needs at least one frame")
        precondition(Set(frames.map(\.count)).count == 1, "every frame needs the same number of panels")
        precondition(secondsPerFrame > 0, "secondsPerFrame must be positive")
        self.init(panels: frames.last!, title: title, caption: caption, label: label)
        self.frames = frames
        self.secondsPerFrame = secondsPerFrame
    }

    /// The rendered size in CSS pixels: one fixed-size cell per panel, `columns` to a row.
    public var size: (width: Double, height: Double) {
        let count = max(panels.count, 1)
        let rows = (count + columns - 1) / columns
        return (Layout.panelWidth * Double(min(count, columns)), Layout.panelHeight * Double(rows))
    }

    /// The number of panels in a full row.
    /// - Precondition: `panelsPerRow`, when set, is at least 1.
    var columns: Int {
        precondition(panelsPerRow.map { $0 >= 1 } ?? true, "panelsPerRow must be at least 1")
        return panelsPerRow ?? max(panels.count, 1)
    }
}
