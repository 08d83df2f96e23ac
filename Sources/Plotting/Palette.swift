/// The data colours, taken in order of addition by a panel's marks and then repeated.
///
/// Mid-saturation, mid-lightness hues chosen to stay distinguishable from one another and to
/// read both on a white page and on a near-black one (#0d1117), so one SVG serves both
/// colour schemes. Text and axes use `currentColor` instead, so the page decides those.
enum Palette {
    static let colors = [
        "#3b82f6",  // blue
        "#f97316",  // orange
        "#16a34a",  // green
        "#e11d48",  // rose
        "#8b5cf6",  // violet
        "#0891b2",  // cyan
    ]

    /// The colour of the `index`-th mark of a panel.
    static func color(_ index: Int) -> String {
        colors[index % colors.count]
    }
}
