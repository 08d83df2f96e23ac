import Plotting
import Testing

/// Heat maps and image grids: which cells are inked and how dark, square pixels, no axes.
struct RasterTests {
    /// Parses `M x y H x V y H x Z` cells back into (left, top, right, bottom) rectangles.
    private func cells(in d: String) -> [(Double, Double, Double, Double)] {
        d.split(separator: "Z").map { cell in
            let numbers = cell.split(whereSeparator: { "MHV ".contains($0) }).compactMap { Double($0) }
            return (numbers[0], numbers[1], numbers[2], numbers[3])
        }
    }

    private func svg(_ panel: Panel) -> String {
        Figure(panel, title: "t", caption: "c").svg(idPrefix: "r", standalone: false)
    }

    @Test func eachValueIsInkedAtItsOpacityAndZeroIsLeftBlank() {
        var panel = Panel(xLabel: "x", yLabel: "y")
        panel.raster([0, 0.5, 1, 0.25, 0.5, .nan], columns: 3, rows: 2, x: 0...3, y: 0...2, intensity: 0...1)
        let svg = svg(panel)
        let opacities = attributeValues("fill-opacity", in: svg)
        #expect(opacities == ["0.25", "0.5", "1"])
        let paths = attributeValues("d", in: svg)
        // Grid lines, the three opacity levels (0.25: one cell, 0.5: two cells, 1: one), axes.
        #expect(paths.count == 5)
        #expect(cells(in: paths[1]).count == 1)
        #expect(cells(in: paths[2]).count == 2)
        #expect(cells(in: paths[3]).count == 1)
    }

    @Test func firstRowIsDrawnAtTheTop() {
        var panel = Panel(xLabel: "x", yLabel: "y")
        panel.raster([1, 0, 0, 0], columns: 2, rows: 2, x: 0...2, y: 0...2)
        let inked = cells(in: attributeValues("d", in: svg(panel))[1])
        #expect(inked.count == 1)
        let (left, top, right, bottom) = inked[0]
        // Top-left cell: the smaller x and the smaller SVG y (SVG's y grows downwards).
        #expect(left < right && bottom > top)
        var lower = Panel(xLabel: "x", yLabel: "y")
        lower.raster([0, 0, 1, 0], columns: 2, rows: 2, x: 0...2, y: 0...2)
        let lowerCell = cells(in: attributeValues("d", in: self.svg(lower))[1])[0]
        #expect(lowerCell.1 > top)
        #expect(lowerCell.0 == left)
    }

    @Test func neighbouringCellsShareTheirEdgesExactly() {
        var panel = Panel(xLabel: "x", yLabel: "y")
        panel.raster([Double](repeating: 1, count: 7 * 3), columns: 7, rows: 3, x: 0...1, y: 0...1)
        let rectangles = cells(in: attributeValues("d", in: svg(panel))[1])
        #expect(rectangles.count == 21)
        for row in 0..<3 {
            for column in 0..<6 {
                #expect(rectangles[row * 7 + column].2 == rectangles[row * 7 + column + 1].0)
            }
        }
    }

    @Test func imageGridHasSquarePixelsFramesAndNoAxes() {
        let images = (0..<10).map { index in (0..<16).map { Double(($0 + index) % 2) } }
        var panel = Panel(title: "Images", xLabel: "unused", yLabel: "unused")
        panel.imageGrid(images, side: 4, columns: 5)
        let svg = svg(panel)
        #expect(!svg.contains("unused"))
        #expect(!svg.contains("class=\"ticks\""))
        #expect(svg.contains(">Images</text>"))
        let frames = attributeValues("stroke-opacity", in: svg)
        #expect(frames.count == 10)
        let inked = attributeValues("d", in: svg).flatMap { cells(in: $0) }.filter { $0.2 - $0.0 < 20 }
        #expect(inked.count == 10 * 8)
        for (left, top, right, bottom) in inked {
            #expect(abs((right - left) - (bottom - top)) < 0.02)
        }
    }

    @Test func equalAspectKeepsUnitsEqualOnBothAxes() {
        var panel = Panel(xLabel: "x", yLabel: "y")
        panel.equalAspect = true
        panel.raster([1], columns: 1, rows: 1, x: 0...2, y: 0...1)
        panel.xRange = 0...2
        panel.yRange = 0...1
        let (left, top, right, bottom) = cells(in: attributeValues("d", in: svg(panel))[1])[0]
        #expect(abs((right - left) - 2 * (bottom - top)) < 0.02)
    }
}
