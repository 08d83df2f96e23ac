import Plotting
import Testing

/// Boxes of schematic diagrams.
struct DiagramTests {
    private func svg(_ panel: Panel) -> String {
        Figure(panel, title: "t", caption: "c").svg(idPrefix: "d", standalone: true)
    }

    /// A box is drawn exactly as the band between its lower and upper edge over its x range,
    /// legend entry included.
    @Test func aBoxIsTheBandBetweenItsEdges() {
        var boxed = Panel(xLabel: "x", yLabel: "y")
        boxed.box(x: 1...3, y: 2...5, label: "network")
        var banded = Panel(xLabel: "x", yLabel: "y")
        banded.area(x: [1, 3], lower: [2, 2], upper: [5, 5], label: "network")
        #expect(svg(boxed) == svg(banded))
    }
}
