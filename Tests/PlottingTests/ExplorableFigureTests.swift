import Plotting
import Testing

/// Explorable figures: one group per value in each panel, only the selected value's visible
/// (and marked the default), each labelled with its value, and axes fixed across the values.
struct ExplorableFigureTests {
    private func explorable(_ heights: [Double], selected: Double, panels: Int = 1, titles: Bool = false) -> Figure {
        Figure(exploring: heights, parameter: "height a", selected: selected, valueLabel: { "a = \($0)" },
               title: "t", caption: "c") { height in
            (0..<panels).map { index in
                var panel = Panel(title: titles ? "height \(height)" : "panel \(index)", xLabel: "x", yLabel: "y")
                panel.line(x: [0, 1], y: [0, height])
                return panel
            }
        }
    }

    @Test func theFigureRecordsItsParameter() throws {
        let figure = explorable([1, 2, 4], selected: 2)
        let parameter = try #require(figure.parameter)
        #expect(parameter.name == "height a")
        #expect(parameter.values == ["a = 1.0", "a = 2.0", "a = 4.0"])
        #expect(parameter.selected == 1)
        #expect(figure.frames.count == 3)
    }

    @Test func onlyTheSelectedValueIsVisibleAndMarkedTheDefault() {
        let svg = explorable([1, 2, 4, 8], selected: 4).svg(idPrefix: "e", standalone: true)
        #expect(attributeValues("class", in: svg).filter { $0.hasPrefix("choice") }
                == ["choice", "choice", "choice default", "choice"])
        #expect(attributeValues("visibility", in: svg) == ["hidden", "hidden", "visible", "hidden"])
        #expect(attributeValues("data-choice", in: svg) == ["0", "1", "2", "3"])
        #expect(attributeValues("data-value", in: svg) == ["a = 1.0", "a = 2.0", "a = 4.0", "a = 8.0"])
        #expect(attributeValues("data-parameter", in: svg) == ["height a"])
        #expect(!svg.contains("<animate"))
    }

    @Test func everyPanelHasAGroupPerValue() {
        let svg = explorable([1, 2, 3], selected: 2, panels: 2).svg(idPrefix: "e", standalone: false)
        #expect(attributeValues("data-choice", in: svg) == ["0", "1", "2", "0", "1", "2"])
        #expect(attributeValues("visibility", in: svg) == ["hidden", "visible", "hidden", "hidden", "visible", "hidden"])
    }

    @Test func axesCoverEveryValueAndAreDrawnOnce() {
        let svg = explorable([10, 1], selected: 1).svg(idPrefix: "e", standalone: false)
        let tickTexts = svg.split(separator: "</text>").compactMap { $0.split(separator: ">").last }
        #expect(tickTexts.contains("10"))
        #expect(svg.ranges(of: #"class="ticks""#).count == 2)
    }

    @Test func titlesThatDifferBetweenValuesChangeWithTheFrame() {
        let svg = explorable([1, 2], selected: 1, titles: true).svg(idPrefix: "e", standalone: false)
        #expect(svg.contains(">height 1.0</text>") && svg.contains(">height 2.0</text>"))
        #expect(svg.ranges(of: #"<g class="choice"#).count == 4)
    }

    @Test func aChangedFrameChangesTheFile() {
        let figure = explorable([1, 2, 3], selected: 1).svg(idPrefix: "e", standalone: true)
        let changed = Figure(exploring: [1.0, 2, 3], parameter: "height a", selected: 2, valueLabel: { "a = \($0)" },
                             title: "t", caption: "c") { height in
            var panel = Panel(title: "panel 0", xLabel: "x", yLabel: "y")
            panel.line(x: [0, 1], y: [0, height == 3 ? 2.9 : height])
            return [panel]
        }.svg(idPrefix: "e", standalone: true)
        #expect(changed != figure)
    }
}
