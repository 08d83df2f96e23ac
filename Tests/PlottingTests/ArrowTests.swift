import Plotting
import Testing

/// Arrows: one shaft and one head per arrow, heads ending exactly at the arrow's tip.
struct ArrowTests {
    private func paths(_ panel: Panel) -> [String] {
        attributeValues("d", in: Figure(panel, title: "t", caption: "c").svg(idPrefix: "a", standalone: false))
    }

    @Test func everyFiniteArrowGetsAShaftAndAHeadAtItsTip() {
        var panel = Panel(xLabel: "x", yLabel: "y")
        panel.xRange = 0...10
        panel.yRange = 0...10
        panel.arrows(fromX: [1, 2, .nan], fromY: [1, 1, 1], toX: [9, 2, 5], toY: [9, 8, 5])
        let drawn = paths(panel)
        // Grid, shafts, heads, axes.
        #expect(drawn.count == 4)
        #expect(ParsedPath(drawn[1]).subpaths.count == 2)
        let heads = ParsedPath(drawn[2])
        #expect(heads.closed == [true, true])
        #expect(heads.subpaths.allSatisfy { $0.count == 3 })
        // The second arrow points straight up, so its tip is the highest point of its head,
        // 8 px (80 tenths: marks are drawn in tenths of a pixel) above the head's base, each
        // end within a rounding unit.
        let tip = heads.subpaths[1][0], base = heads.subpaths[1][1]
        #expect(tip.y < base.y)
        #expect(abs((base.y - tip.y) - 80) <= 1)
    }
}
