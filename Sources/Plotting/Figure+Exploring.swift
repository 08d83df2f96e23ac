extension Figure {
    /// An explorable figure: the panels `panels(value)` draws for each of `values`, one frame
    /// per value, all computed now. A page shows the frame of `selected` with a slider, labelled
    /// `parameter` and the value's `valueLabel`, that switches between the frames at once, with
    /// no computation in the browser; without script, in print and in the recorded file, the
    /// frame of `selected` shows. Axes stay fixed across frames, covering the data of all of
    /// them (or the ranges the panels fix), so frames compare at a glance; a panel title that
    /// differs between values changes with the frame. The recorded file holds every frame, so
    /// `verify` checks them all.
    ///
    /// A handful of values (five to nine) is plenty for a slider and keeps the page light: each
    /// frame adds its marks to the page.
    /// - Precondition: `values` is not empty and holds `selected`; `parameter` is not empty;
    ///   every frame has the same number of panels.
    public init<Value: Equatable>(
        exploring values: [Value], parameter: String, selected: Value,
        valueLabel: (Value) -> String = { "\($0)" },
        title: String, caption: String, label: String? = nil, panelsPerRow: Int? = nil,
        panels: (Value) -> [Panel]
    ) {
        precondition(!parameter.isEmpty, "an explorable figure needs the name of its parameter")
        guard let selectedIndex = values.firstIndex(of: selected) else {
            preconditionFailure("the selected value of an explorable figure must be one of its values")
        }
        let frames = values.map(panels)
        precondition(Set(frames.map(\.count)).count == 1, "every value needs the same number of panels")
        self.init(panels: frames[selectedIndex], title: title, caption: caption, label: label,
                  panelsPerRow: panelsPerRow)
        self.frames = frames
        self.parameter = (parameter, values.map(valueLabel), selectedIndex)
    }
}
