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
