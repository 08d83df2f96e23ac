import Plotting
import Testing

/// Heat maps and image grids: a PNG of one pixel per cell, its alpha the cell's shade, used as
/// a mask over `currentColor` (so it reads in both colour schemes), scaled without smoothing.
struct RasterTests {
    private func svg(_ panel: Panel) -> String {
        Figure(panel, title: "t", caption: "c").svg(idPrefix: "r", standalone: false)
    }

    @Test func eachValueIsInkedAtItsOpacityAndZeroAndNaNAreLeftBlank() throws {
        var panel = Panel(xLabel: "x", yLabel: "y")
        panel.raster([0, 0.5, 1, 0.25, 0.5, .nan], columns: 3, rows: 2, x: 0...3, y: 0...2, intensity: 0...1)
        let images = try embeddedImages(in: svg(panel))
        #expect(images.count == 1)
        let image = try #require(images.first).image
        #expect(image.width == 3 && image.height == 2)
        // Level k of 32 is k/32 of 255, rounded: 0.25 → 64, 0.5 → 128, 1 → 255.
        #expect(image.alpha == [0, 128, 255, 64, 128, 0])
        #expect(image.grey.allSatisfy { $0 == 0 })
    }

    @Test func theImageIsAMaskOverCurrentColorScaledWithoutSmoothing() throws {
        var panel = Panel(xLabel: "x", yLabel: "y")
        panel.raster([1, 0, 0, 0.5], columns: 2, rows: 2, x: 0...2, y: 0...2)
        let svg = svg(panel)
        let mask = try #require(svg.split(separator: "<mask ").dropFirst().first)
        let id = try #require(attributeValues("id", in: " " + mask).first)
        #expect(mask.hasPrefix(#"id="\#(id)" mask-type="alpha">"#))
        #expect(mask.contains(#"style="image-rendering:pixelated""#))
        #expect(svg.contains(#"fill="currentColor" mask="url(#\#(id))""#))
    }

    @Test func firstRowIsAtTheTopAndTheImageCoversTheDataRectangle() throws {
        var panel = Panel(xLabel: "x", yLabel: "y")
        panel.raster([1, 0, 0, 0], columns: 2, rows: 2, x: 0...2, y: 0...2)
        panel.xRange = 0...2
        panel.yRange = 0...2
        let svg = svg(panel)
        let image = try #require(try embeddedImages(in: svg).first)
        #expect(image.image.alpha == [255, 0, 0, 0])
        // The plot area is the clip rectangle (pixels); the image is in tenths of a pixel.
        let clip = try #require(svg.split(separator: "<clipPath").dropFirst().first)
        let rect = ["x", "y", "width", "height"].map { Double(attributeValues($0, in: String(clip)).first!)! }
        let placed = [image.x, image.y, image.width, image.height].map { $0 / 10 }
        for (a, b) in zip(rect, placed) { #expect(abs(a - b) < 0.01) }
    }

    @Test func imageGridIsOnePictureWithGapsFramesSquarePixelsAndNoAxes() throws {
        let images = (0..<10).map { index in (0..<16).map { Double(($0 + index) % 2) } }
        var panel = Panel(title: "Images", xLabel: "unused", yLabel: "unused")
        panel.imageGrid(images, side: 4, columns: 5)
        let svg = svg(panel)
        #expect(!svg.contains("unused"))
        #expect(!svg.contains("class=\"ticks\""))
        #expect(svg.contains(">Images</text>"))
        let decoded = try embeddedImages(in: svg)
        #expect(decoded.count == 1)
        let grid = try #require(decoded.first)
        // Five images of 4 pixels and four 1-pixel gaps across, two rows down.
        #expect(grid.image.width == 24 && grid.image.height == 9)
        #expect(abs(grid.width / 24 - grid.height / 9) < 0.01)
        for (index, image) in images.enumerated() {
            let (left, top) = (index % 5 * 5, index / 5 * 5)
            for pixel in 0..<16 {
                let alpha = grid.image.alpha[(top + pixel / 4) * 24 + left + pixel % 4]
                #expect(alpha == (image[pixel] == 1 ? 255 : 0))
            }
        }
        for gap in [4, 9, 14, 19] { #expect((0..<9).allSatisfy { grid.image.alpha[$0 * 24 + gap] == 0 }) }
        // One frame per image, around its pixels.
        let frames = ParsedPath(try #require(svg.split(separator: #"stroke-opacity="0.3""#).first
            .flatMap { attributeValues("d", in: String($0)).last }))
        #expect(frames.closed == [Bool](repeating: true, count: 10))
        let first = frames.subpaths[0]
        #expect(abs(first[0].x - grid.x) < 1 && abs(first[0].y - grid.y) < 1)
        #expect(abs((first[1].x - first[0].x) - 4 * grid.width / 24) < 1)
    }

    @Test func equalAspectKeepsUnitsEqualOnBothAxes() throws {
        var panel = Panel(xLabel: "x", yLabel: "y")
        panel.equalAspect = true
        panel.raster([1], columns: 1, rows: 1, x: 0...2, y: 0...1)
        panel.xRange = 0...2
        panel.yRange = 0...1
        let image = try #require(try embeddedImages(in: svg(panel)).first)
        #expect(abs(image.width - 2 * image.height) < 0.05)
    }
}
