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
        #expect(drawn[1].split(separator: "M").count == 2)
        let heads = drawn[2].split(separator: "M")
        #expect(heads.count == 2)
        #expect(heads.allSatisfy { $0.hasSuffix("Z") && $0.split(separator: "L").count == 3 })
        // The second arrow points straight up, so its tip is the highest point of its head.
        let tip = heads[1].split(separator: "L")[0].split(separator: " ").compactMap { Double($0) }
        let base = heads[1].split(separator: "L")[1].split(separator: " ").compactMap { Double($0) }
        #expect(tip[1] < base[1])
        #expect(abs((base[1] - tip[1]) - 8) < 0.02)
    }
}
