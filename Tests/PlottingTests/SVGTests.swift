import Plotting
import Testing

/// The SVG output: determinism, accessibility, escaping, ids, and no invalid numbers.
struct SVGTests {
    @Test func renderingIsDeterministic() {
        let first = sampleFigure().svg(idPrefix: "fig-1", standalone: true)
        let second = sampleFigure().svg(idPrefix: "fig-1", standalone: true)
        #expect(first == second)
        #expect(sampleFigure().svg(idPrefix: "f", standalone: false) == sampleFigure().svg(idPrefix: "f", standalone: false))
    }

    @Test func rootIsAnImageLabelledByTitleAndDescription() {
        let svg = sampleFigure().svg(idPrefix: "fig-0-2", standalone: false)
        #expect(svg.hasPrefix(
            #"<svg class="figure" viewBox="0 0 960 340" width="960" height="340" role="img" aria-labelledby="fig-0-2-title fig-0-2-desc""#))
        #expect(svg.contains(#"<title id="fig-0-2-title">Sample</title>"#))
        #expect(svg.contains(#"<desc id="fig-0-2-desc">A histogram and a scatter plot.</desc>"#))
        #expect(svg.contains(#"font-family="system-ui, -apple-system, 'Segoe UI', sans-serif""#))
    }

    @Test func userTextIsEscapedEverywhere() {
        let nasty = #"<script>&"x'"#
        var panel = Panel(title: nasty, xLabel: nasty, yLabel: nasty)
        panel.line(x: [0, 1], y: [0, 1], label: nasty)
        let svg = Figure(panel, title: nasty, caption: nasty).svg(idPrefix: "p", standalone: true)
        #expect(!svg.contains("<script>"))
        #expect(!svg.contains(nasty))
        #expect(elementText("title", in: svg) == "&lt;script&gt;&amp;&quot;x&apos;")
        #expect(elementText("desc", in: svg) == "&lt;script&gt;&amp;&quot;x&apos;")
        // Panel title, both axis labels and the legend entry.
        #expect(svg.split(separator: "&lt;script&gt;&amp;&quot;x&apos;").count - 1 == 6)
    }

    @Test func idPrefixIsAppliedToEveryIdAndReference() {
        let svg = sampleFigure().svg(idPrefix: "fig-3-1", standalone: false)
        let ids = attributeValues("id", in: svg)
        #expect(ids.count >= 4)
        #expect(ids.allSatisfy { $0.hasPrefix("fig-3-1-") })
        #expect(Set(ids).count == ids.count)
        let references = ["clip-path", "marker-start", "marker-mid", "marker-end", "mask"].flatMap { attributeValues($0, in: svg) }
        #expect(!references.isEmpty)
        for reference in references {
            #expect(reference.hasPrefix("url(#fig-3-1-") && ids.contains(String(reference.dropFirst(5).dropLast())))
        }
        let other = sampleFigure().svg(idPrefix: "fig-3-2", standalone: false)
        #expect(Set(attributeValues("id", in: other)).isDisjoint(with: ids))
    }

    @Test func nonFinitePointsAreSkippedAndBreakTheLine() {
        var panel = Panel(xLabel: "x", yLabel: "y")
        panel.line(x: [0, 1, 2, 3, 4], y: [0, 1, .nan, 3, .infinity])
        panel.scatter(x: [0, .nan, 2, -.infinity], y: [1, 1, 1, 1])
        panel.area(x: [0, 1, 2, 3, 4, 5], lower: [0, 0, 0, .nan, 0, 0], upper: [1, 1, 1, 1, 1, 1])
        panel.bars(edges: [0, 1, 2, 3], heights: [1, .nan, 2])
        let svg = Figure(panel, title: "t", caption: "c").svg(idPrefix: "n", standalone: false)
        #expect(!svg.lowercased().contains("nan"))
        #expect(!svg.lowercased().contains("inf"))
        let paths = attributeValues("d", in: svg)
        // Grid, line, scatter, band, bars, axes.
        #expect(paths.count == 6)
        let line = ParsedPath(paths[1]), scatter = ParsedPath(paths[2])
        let band = ParsedPath(paths[3]), bars = ParsedPath(paths[4])
        #expect(line.subpaths.map(\.count) == [2, 1])
        #expect(scatter.vertices.count == 2)
        #expect(band.closed == [true, true])
        #expect(bars.closed == [true, true])
    }

    @Test func coordinatesHaveAtMostTwoDecimals() {
        let svg = sampleFigure().svg(idPrefix: "c", standalone: false)
        // Numbers inside tags only: tick labels in text content may legitimately be longer.
        let tags = svg.split(separator: "<").map { $0.prefix { $0 != ">" } }
        for tag in tags {
            var digitsAfterPoint: Int?
            for character in tag {
                if character == "." {
                    digitsAfterPoint = 0
                } else if character.isNumber, let count = digitsAfterPoint {
                    digitsAfterPoint = count + 1
                    #expect(count + 1 <= 2, "\(tag.prefix(80))")
                } else {
                    digitsAfterPoint = nil
                }
            }
        }
    }

    @Test func standaloneAddsNamespaceAndColourStyleInlineDoesNot() {
        let standalone = sampleFigure().svg(idPrefix: "s", standalone: true)
        let inline = sampleFigure().svg(idPrefix: "s", standalone: false)
        #expect(standalone.contains(#"xmlns="http://www.w3.org/2000/svg""#))
        #expect(standalone.contains("<style>") && standalone.contains("prefers-color-scheme:dark"))
        #expect(!inline.contains("xmlns") && !inline.contains("<style>"))
    }

    @Test func textAndAxesUseCurrentColorAndDataUsesThePalette() {
        let svg = sampleFigure().svg(idPrefix: "c", standalone: false)
        #expect(svg.contains(#"fill="currentColor""#))
        #expect(svg.contains(#"stroke="currentColor" stroke-opacity="0.12""#))
        #expect(svg.contains(##"fill="#3b82f6" fill-opacity="0.35" stroke="#3b82f6""##))
        let strokes = attributeValues("stroke", in: svg).filter { $0.hasPrefix("#") }
        // Histogram, line and band take the first three colours; each panel starts afresh.
        #expect(Array(Set(strokes)).sorted() == ["#16a34a", "#3b82f6", "#f97316"])
    }

    @Test func legendAppearsOnlyWithLabels() {
        var panel = Panel(xLabel: "x", yLabel: "y")
        panel.line(x: [0, 1], y: [0, 1])
        #expect(!Figure(panel, title: "t", caption: "c").svg(idPrefix: "l", standalone: false).contains("legend"))
        panel.scatter(x: [0.5], y: [0.5], label: "point")
        let svg = Figure(panel, title: "t", caption: "c").svg(idPrefix: "l", standalone: false)
        #expect(svg.contains(#"<g class="legend">"#) && svg.contains(">point</text>"))
    }

    @Test func legendMovesAwayFromTheData() throws {
        var panel = Panel(xLabel: "x", yLabel: "y")
        panel.scatter(x: [0, 8, 9, 10, 9, 10], y: [0, 8, 9, 10, 10, 9], label: "top right cluster")
        let svg = Figure(panel, title: "t", caption: "c").svg(idPrefix: "g", standalone: false)
        let legend = try #require(svg.split(separator: #"<g class="legend">"#).last)
        let box = try #require(attributeValues("x", in: String(legend)).first)
        let x = try #require(Double(box))
        #expect(x < 240)  // the left half of the 480 px panel
    }

    @Test func emptyPanelDrawsUnitAxes() {
        let svg = Figure(Panel(xLabel: "x", yLabel: "y"), title: "t", caption: "c").svg(idPrefix: "e", standalone: false)
        for label in ["0", "0.2", "0.4", "0.6", "0.8", "1"] {
            #expect(svg.contains(">\(label)</text>"))
        }
        #expect(attributeValues("d", in: svg).count == 2)  // gridlines and axes, no marks
    }

    @Test func constantSeriesGetsAPaddedRange() {
        var panel = Panel(xLabel: "x", yLabel: "y")
        panel.line(x: [0, 1, 2], y: [3, 3, 3])
        let svg = Figure(panel, title: "t", caption: "c").svg(idPrefix: "k", standalone: false)
        #expect(!svg.lowercased().contains("nan"))
        #expect(svg.contains(">3</text>") && svg.contains(">2.8</text>") && svg.contains(">3.2</text>"))
    }

    @Test func fixedRangesSetTheAxisLimits() {
        var panel = Panel(xLabel: "x", yLabel: "y")
        panel.line(x: [-10, 10], y: [-10, 10])
        panel.xRange = -1...1
        panel.yRange = 0...0.5
        let svg = Figure(panel, title: "t", caption: "c").svg(idPrefix: "r", standalone: false)
        #expect(svg.contains(">-1</text>") && svg.contains(">1</text>") && !svg.contains(">-10</text>"))
        #expect(svg.contains(">0.5</text>") && !svg.contains(">0.6</text>"))
    }

    @Test func panelsSitSideBySide() {
        let panel = Panel(xLabel: "x", yLabel: "y")
        let figure = Figure(panels: [panel, panel, panel], title: "t", caption: "c")
        #expect(figure.size.width == 1440 && figure.size.height == 340)
        #expect(figure.svg(idPrefix: "w", standalone: false).contains(#"viewBox="0 0 1440 340""#))
        #expect(attributeValues("id", in: figure.svg(idPrefix: "w", standalone: false)).count == 5)
    }

    @Test func fiveThousandScatterPointsStayCompact() {
        var rng = SplitMix64(state: 3)
        var panel = Panel(xLabel: "x", yLabel: "y")
        panel.scatter(x: (0..<5000).map { _ in rng.roughlyNormal() }, y: (0..<5000).map { _ in rng.roughlyNormal() })
        let svg = Figure(panel, title: "t", caption: "c").svg(idPrefix: "s", standalone: false)
        #expect(svg.count { $0 == "\n" } < 40)
        #expect(svg.utf8.count < 5000 * 20)
    }
}
