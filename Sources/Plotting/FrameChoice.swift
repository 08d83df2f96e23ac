/// Which frame of an explorable figure is on screen: the reader's choice, one frame per value
/// of a parameter, all drawn in advance so that choosing costs no computation.
///
/// Every frame is a `<g class="choice">` carrying its index (`data-choice`) and its value as
/// the page labels it (`data-value`); only the selected frame's group is visible, so a viewer
/// without script (a Markdown viewer showing the file, a page with script off, print) shows
/// the selected value. The page's script switches the `visibility` attributes; the selected
/// frame also has the class `default`, by which the print style sheet brings it back.
struct FrameChoice {
    let valueLabels: [String]
    let selected: Int

    /// Opens frame `index`'s group; the caller draws the frame and closes the group.
    func startFrame(_ index: Int, into svg: inout SVGWriter) {
        let isSelected = index == selected
        svg.start("g", [
            "class": isSelected ? "choice default" : "choice", "data-choice": String(index),
            "data-value": valueLabels[index], "visibility": isSelected ? "visible" : "hidden",
        ])
    }
}

/// How the frames of a figure with several take turns: over time (an animation) or at the
/// reader's choice (an explorable figure).
enum FrameSwitching {
    case animated(FrameSchedule)
    case chosen(FrameChoice)

    /// The frame shown where nothing switches frames (print, no SMIL, no script); the panels'
    /// titles, ranges and legends come from it.
    func shownFrame(count: Int) -> Int {
        switch self {
        case .animated: count - 1
        case .chosen(let choice): choice.selected
        }
    }

    func startFrame(_ index: Int, into svg: inout SVGWriter) {
        switch self {
        case .animated(let schedule): schedule.startFrame(index, into: &svg)
        case .chosen(let choice): choice.startFrame(index, into: &svg)
        }
    }
}
