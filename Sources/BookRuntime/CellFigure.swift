/// What `show` accepts: a figure that can draw itself as SVG. The book's chapter library
/// makes its figure type conform, so the runtime needs no plotting code of its own.
public protocol CellFigure {
    /// Short; the figure's `<title>` and the alt text of its recorded image line.
    var title: String { get }
    /// One or two sentences, shown under the figure.
    var caption: String { get }
    /// The name the prose refers to the figure by (`@fig:name`), if any.
    var label: String? { get }
    /// For an explorable figure, the parameter its frames vary: its name, each frame's value
    /// as the page labels it, and the index of the frame shown first; nil for any other figure.
    var parameter: (name: String, values: [String], selected: Int)? { get }
    /// The figure as SVG. `idPrefix` makes the ids inside it unique on a page; `standalone`
    /// gives a file of its own (XML namespace, fixed colours) rather than SVG to inline in a
    /// page (colours from the page's style sheet).
    func svg(idPrefix: String, standalone: Bool) -> String
}
