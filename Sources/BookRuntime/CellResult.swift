/// What one cell produced when it ran: the text it printed and the figures it showed.
public struct CellResult: Codable, Sendable, Equatable {
    public var text = ""
    public var figures: [FigureResult] = []
    /// Wall-clock time the cell took.
    public var seconds = 0.0

    public init(text: String = "", figures: [FigureResult] = [], seconds: Double = 0) {
        self.text = text
        self.figures = figures
        self.seconds = seconds
    }

    /// The text as an output block records it: ending in a newline unless empty, since a
    /// fenced block cannot hold a missing final newline.
    public var recordedText: String {
        text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
    }
}

/// A figure a cell showed, rendered twice: as a standalone SVG file (what the chapter records)
/// and as SVG to inline in a page (ids unique on the page, colours from the page's CSS).
public struct FigureResult: Codable, Sendable, Equatable {
    public var title: String
    public var caption: String
    /// The label the prose refers to the figure by (`Figure(…, label:)`), if any.
    public var label: String?
    /// For an explorable figure, what its page's slider chooses between; nil for any other.
    public var parameter: Parameter?
    public var fileSVG: String
    public var inlineSVG: String

    public init(
        title: String, caption: String, label: String? = nil, parameter: Parameter? = nil,
        fileSVG: String, inlineSVG: String
    ) {
        self.title = title
        self.caption = caption
        self.label = label
        self.parameter = parameter
        self.fileSVG = fileSVG
        self.inlineSVG = inlineSVG
    }

    /// The parameter an explorable figure's frames vary, one frame per value; its SVG holds
    /// the frames (see Plotting's `Figure.init(exploring:…)`).
    public struct Parameter: Codable, Sendable, Equatable {
        /// What the slider is labelled with, e.g. "bandwidth h".
        public var name: String
        /// Each frame's value as the page shows it, in the slider's order.
        public var values: [String]
        /// The index of the frame shown first, and wherever nothing can switch frames.
        public var selected: Int

        public init(name: String, values: [String], selected: Int) {
            self.name = name
            self.values = values
            self.selected = selected
        }
    }
}

extension FigureResult {
    /// The prefix of the ids inside figure k of chapter n on a page, "fig-n-k": unique across
    /// the whole-book page, where every chapter's figures sit together.
    static func idPrefix(chapter: Int, figure: Int) -> String {
        "fig-\(chapter)-\(figure)"
    }
}
