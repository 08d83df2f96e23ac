import BookRuntime
import MarkupEscaping

/// The control under an explorable figure: its parameter's name, a slider (a labelled
/// `input type=range`, moved by dragging or with the arrow, Home and End keys) over the indices
/// of its frames, and the chosen value. The page's script switches the SVG's frame groups as
/// the slider moves; the browser computes nothing. Without script the slider is hidden (the
/// `no-js` class) and the name and value of the frame the SVG shows remain; in print the
/// default value's is shown (`data-default-value`), which is the frame the print style sheet
/// keeps.
enum FigureExplorerHTML {
    /// The control for `parameter`; `figureID` is the figure's id on the page, escaped.
    static func render(_ parameter: FigureResult.Parameter, figureID: String) -> String {
        let sliderID = figureID + "-slider"
        let value = HTML.escape(parameter.values[parameter.selected])
        return "<div class=\"figure-explorer\" data-default-value=\"\(value)\">"
            + "<label for=\"\(sliderID)\">" + HTML.escape(parameter.name) + "</label>"
            + "<input type=\"range\" class=\"figure-slider\" id=\"\(sliderID)\" min=\"0\" "
            + "max=\"\(parameter.values.count - 1)\" step=\"1\" value=\"\(parameter.selected)\" aria-valuetext=\"\(value)\">"
            + "<span class=\"figure-value\">" + value + "</span></div>\n"
    }
}
