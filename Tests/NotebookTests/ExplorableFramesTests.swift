import BookRuntime
import Notebook
import Plotting
import Testing

/// Which values' frames of an explorable figure changed, as `verify` names them.
struct ExplorableFramesTests {
    /// A figure with a frame per slope; `bent` draws that slope's line to a different end.
    private func svg(bent: Double? = nil) -> String {
        Figure(exploring: [1.0, 2, 3], parameter: "slope a", selected: 2, valueLabel: { "\($0)" },
               title: "t", caption: "c") { slope in
            var panel = Panel(title: "slope \(slope)", xLabel: "x", yLabel: "y")
            panel.line(x: [0, 1], y: [0, slope == bent ? slope + 0.5 : slope])
            return [panel]
        }.svg(idPrefix: "e", standalone: true)
    }

    private let parameter = FigureResult.Parameter(name: "slope a", values: ["1.0", "2.0", "3.0"], selected: 1)

    @Test func everyFrameIsFoundWithItsTitleAndMarks() {
        let frames = ExplorableFrames.frames(in: svg())
        #expect(frames.keys.sorted() == [0, 1, 2])
        #expect(frames[2]?.contains("slope 3.0") == true)
        #expect(frames[2]?.contains("<path") == true)
        #expect(frames[0]?.contains("slope 3.0") == false)
    }

    @Test func aChangedHiddenFrameIsNamedByItsValueAlone() {
        #expect(ExplorableFrames.changedValues(recorded: svg(), new: svg(bent: 1), parameter: parameter,
                                               tolerance: TolerantText()) == ["1.0"])
    }

    @Test func theShownFrameIsNamedWhenItChanges() {
        #expect(ExplorableFrames.changedValues(recorded: svg(), new: svg(bent: 2), parameter: parameter,
                                               tolerance: TolerantText()) == ["2.0"])
    }

    @Test func identicalFiguresHaveNoChangedFrame() {
        #expect(ExplorableFrames.changedValues(recorded: svg(), new: svg(), parameter: parameter,
                                               tolerance: TolerantText()).isEmpty)
    }
}
