import Foundation
import Plotting
import Testing

/// Figures whose panels wrap onto several rows.
struct GridLayoutTests {
    private func panels(_ count: Int) -> [Panel] {
        (0..<count).map { index in
            var panel = Panel(title: "panel \(index)", xLabel: "x", yLabel: "y")
            panel.line(x: [0, 1], y: [0, Double(index)])
            return panel
        }
    }

    @Test func fourPanelsTwoToARowMakeASquareGrid() {
        var figure = Figure(panels: panels(4), title: "Grid", caption: "Four panels.")
        figure.panelsPerRow = 2
        #expect(figure.size.width == 960 && figure.size.height == 680)
        let svg = figure.svg(idPrefix: "g", standalone: false)
        #expect(svg.hasPrefix(#"<svg class="figure" viewBox="0 0 960 680" width="960" height="680""#))
        // The second row is one group shifted down by a panel's height; the first row has none.
        #expect(svg.components(separatedBy: #"<g transform="translate(0 340)">"#).count - 1 == 2)
        #expect(!svg.contains("translate(0 680)"))
    }

    @Test func anIncompleteLastRowKeepsTheFullWidth() {
        var figure = Figure(panels: panels(3), title: "Grid", caption: "Three panels.")
        figure.panelsPerRow = 2
        #expect(figure.size.width == 960 && figure.size.height == 680)
    }

    /// A panel in the second row is drawn exactly as the panel in the same column of the first
    /// row would be: the same markup, only inside the shifting group.
    @Test func aPanelDrawsTheSameInEveryRow() {
        let panel = panels(1)[0]
        var grid = Figure(panels: [panel, panel, panel, panel], title: "Grid", caption: "Same panel.")
        grid.panelsPerRow = 2
        let svg = grid.svg(idPrefix: "g", standalone: false)
        let groupStart = svg.range(of: #"<g transform="translate(0 340)">"#)!
        let firstRow = String(svg[..<groupStart.lowerBound])
        let secondRow = String(svg[groupStart.upperBound...])
        let firstPanelLines = firstRow.replacingOccurrences(of: "g-clip-0", with: "CLIP")
        let thirdPanelLines = secondRow.replacingOccurrences(of: "g-clip-2", with: "CLIP")
        let firstPath = firstPanelLines.components(separatedBy: "<path").dropFirst().first!
        let thirdPath = thirdPanelLines.components(separatedBy: "<path").dropFirst().first!
        #expect(firstPath == thirdPath)
    }

    @Test func withoutPanelsPerRowEveryPanelSharesOneRow() {
        let figure = Figure(panels: panels(4), title: "Row", caption: "Four panels.")
        #expect(figure.size.width == 1920 && figure.size.height == 340)
        #expect(!figure.svg(idPrefix: "r", standalone: false).contains("translate("))
    }
}
