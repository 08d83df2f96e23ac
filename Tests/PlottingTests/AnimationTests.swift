import Plotting
import Testing

/// Animated figures: one group per frame, the last visible without animation, fixed axes, and
/// SMIL timings that tile one loop.
struct AnimationTests {
    private func frame(_ height: Double, title: String) -> Panel {
        var panel = Panel(title: title, xLabel: "x", yLabel: "y")
        panel.line(x: [0, 1], y: [0, height])
        return panel
    }

    private func animated(_ heights: [Double], titles: [String]? = nil) -> String {
        let frames = heights.indices.map { [frame(heights[$0], title: titles?[$0] ?? "same")] }
        return Figure(frames: frames, secondsPerFrame: 0.25, title: "t", caption: "c").svg(idPrefix: "a", standalone: false)
    }

    @Test func onlyTheLastFrameIsVisibleWithoutAnimation() {
        let svg = animated([1, 2, 3, 4])
        #expect(svg.ranges(of: #"<g class="frame""#).count == 4)
        #expect(attributeValues("visibility", in: svg) == ["hidden", "hidden", "hidden", "visible"])
    }

    @Test func framesTakeConsecutiveTurnsWithinOneLoop() {
        let svg = animated([1, 2, 3, 4])
        // Four frames, the last held for three turns: a loop of 6 × 0.25 s.
        #expect(Set(attributeValues("dur", in: svg)) == ["1.5s"])
        #expect(attributeValues("keyTimes", in: svg) == [
            "0;0.166667", "0;0.166667;0.333333", "0;0.333333;0.5", "0;0.5",
        ])
        #expect(attributeValues("values", in: svg) == [
            "visible;hidden", "hidden;visible;hidden", "hidden;visible;hidden", "hidden;visible",
        ])
    }

    @Test func axesCoverEveryFrameAndStayPut() {
        let svg = animated([10, 1])
        let tickTexts = svg.split(separator: "</text>").compactMap { $0.split(separator: ">").last }
        #expect(tickTexts.contains("10"))
        // One set of axes, drawn once, not once per frame.
        #expect(svg.ranges(of: #"class="ticks""#).count == 2)
    }

    @Test func changingTitlesChangeWithTheFrame() {
        let svg = animated([1, 2], titles: ["step 1", "step 2"])
        #expect(svg.contains(">step 1</text>") && svg.contains(">step 2</text>"))
        #expect(svg.ranges(of: #"<g class="frame""#).count == 4)
    }

    @Test func stillFiguresHaveNoAnimation() {
        let svg = Figure(frame(1, title: "still"), title: "t", caption: "c").svg(idPrefix: "s", standalone: false)
        #expect(!svg.contains("<animate"))
        #expect(!svg.contains("visibility"))
    }
}

/// Animations write what stays the same only once: below or above the frames, or defined once
/// and placed in each frame with `<use>`, each frame keeping its marks' order.
struct SharedFramePartsTests {
    private func panel(_ marks: [(Double, Bool)]) -> Panel {
        var panel = Panel(title: "p", xLabel: "x", yLabel: "y")
        panel.xRange = 0...1
        panel.yRange = 0...10
        for (height, _) in marks { panel.line(x: [0, 1], y: [0, height]) }
        return panel
    }

    /// The `d` of every path in `svg`, in order.
    private func paths(_ svg: some StringProtocol) -> [String] { attributeValues("d", in: String(svg)) }

    @Test func marksAtTheStartOrEndOfEveryFrameAreDrawnOnceOutsideTheFrames() {
        // Mark 0 and mark 2 are the same in every frame, mark 1 changes.
        let frames = (1...4).map { [panel([(9, true), (Double($0), false), (7, true)])] }
        let svg = Figure(frames: frames, title: "t", caption: "c").svg(idPrefix: "s", standalone: false)
        let groups = svg.split(separator: #"<g class="frame""#)
        #expect(groups.count == 5)
        let still = Figure(panel([(9, true), (1, false), (7, true)]), title: "t", caption: "c").svg(idPrefix: "s", standalone: false)
        let (first, last) = (paths(still)[1], paths(still)[3])
        #expect(paths(svg).filter { $0 == first }.count == 1 && paths(svg).filter { $0 == last }.count == 1)
        #expect(paths(groups[0]).contains(first))  // below the frames
        #expect(paths(groups[4].split(separator: "</g>").dropFirst().joined()).contains(last))  // above them
        for group in groups.dropFirst() { #expect(!paths(group).contains(first)) }
    }

    @Test func aMarkRepeatedBetweenChangingOnesIsDefinedOnceAndUsedInItsPlace() {
        let frames = (1...3).map { [panel([(Double($0), false), (9, true), (Double($0) + 3, false)])] }
        let svg = Figure(frames: frames, title: "t", caption: "c").svg(idPrefix: "s", standalone: false)
        let still = Figure(panel([(1, false), (9, true), (4, false)]), title: "t", caption: "c").svg(idPrefix: "s", standalone: false)
        let shared = paths(still)[2]
        #expect(paths(svg).filter { $0 == shared }.count == 1)
        #expect(svg.contains(#"<g id="s-mark-0-shared-0">"#))
        // In each frame: the changing mark, the shared one, the other changing mark.
        for (index, group) in svg.split(separator: #"<g class="frame""#).dropFirst().prefix(3).enumerated() {
            let body = group.split(separator: "</g>").first!
            let use = body.range(of: ##"<use href="#s-mark-0-shared-0"/>"##)
            #expect(use != nil)
            let before = paths(body[..<use!.lowerBound]), after = paths(body[use!.upperBound...])
            #expect(before.count == 1 && after.count == 1)
            let expected = Figure(frames[index][0], title: "t", caption: "c").svg(idPrefix: "s", standalone: false)
            #expect(before[0] == paths(expected)[1] && after[0] == paths(expected)[3])
        }
    }
}

/// Scatters: one path through the points, a disc marker on every vertex; each visible point
/// once, hidden ones left out.
struct ScatterTests {
    @Test func everyPointInsideThePlotIsDrawnOnceAsADiscMarker() throws {
        var rng = SplitMix64(state: 9)
        let inside = (0..<300).map { _ in (rng.uniform() * 10, rng.uniform() * 10) }
        let points = inside + inside.prefix(50) + [(500, 5), (5, -400), (-300, -300)]
        var panel = Panel(xLabel: "x", yLabel: "y")
        panel.xRange = 0...10
        panel.yRange = 0...10
        panel.scatter(x: points.map(\.0), y: points.map(\.1))
        let svg = Figure(panel, title: "t", caption: "c").svg(idPrefix: "d", standalone: false)
        let path = try #require(svg.split(separator: "<path ").first { $0.contains("marker-mid") })
        let vertices = ParsedPath(try #require(attributeValues("d", in: " " + path).first)).vertices
        #expect(vertices.count == 300)
        // In tenths of a pixel, every vertex inside the clip rectangle.
        let clip = try #require(svg.split(separator: "<clipPath").dropFirst().first)
        let rect = ["x", "y", "width", "height"].map { Double(attributeValues($0, in: String(clip)).first!)! * 10 }
        #expect(vertices.allSatisfy { (rect[0]...(rect[0] + rect[2])).contains($0.x) && (rect[1]...(rect[1] + rect[3])).contains($0.y) })
        let marker = try #require(attributeValues("marker-mid", in: " " + path).first)
        #expect(attributeValues("marker-start", in: " " + path) == [marker])
        #expect(attributeValues("marker-end", in: " " + path) == [marker])
        #expect(path.contains(#"fill="none""#) && path.contains(#"opacity="0.7""#))
        // 300 points: 5 px discs, a radius of 25 tenths, in the first palette colour.
        #expect(svg.contains(##"<circle r="25" fill="#3b82f6"/>"##))
    }
}
