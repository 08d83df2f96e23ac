import BookFormat
import BookRuntime
import Notebook
import Testing

/// A figure's label is recorded on its image line, pandoc style, and checked like the rest of
/// the record.
@Suite("Recording figure labels")
struct FigureLabelRecordTests {
    let unlabelled = """
        # Labels

        ```swift
        show(Figure(panel, title: "A parabola", caption: "x squared", label: "parabola"))
        ```

        ![A parabola](figures/labels/01-0123abcd.svg)

        After.
        """

    func chapter(_ source: String) throws -> Chapter {
        try ChapterParser.parse(source, path: "chapters/01-labels.md")
    }

    @Test func labelIsWrittenAfterTheImageAndReadBack() throws {
        let link = CellRecord.FigureLink(alt: "A parabola", url: "figures/labels/01-0123abcd.svg", label: "parabola", line: 0)
        #expect(link.markdown == "![A parabola](figures/labels/01-0123abcd.svg){#fig:parabola}")
        let labelled = unlabelled.replacingOccurrences(of: "01-0123abcd.svg)", with: "01-0123abcd.svg){#fig:parabola}")
        #expect(try chapter(labelled).cells[0].record.figures.map(\.label) == ["parabola"])
    }

    @Test func labelWithUnderscoresSurvivesCmarkSplittingItsText() throws {
        let labelled = unlabelled.replacingOccurrences(of: "01-0123abcd.svg)", with: "01-0123abcd.svg){#fig:two_words_here}")
        #expect(try chapter(labelled).cells[0].record.figures.map(\.label) == ["two_words_here"])
    }

    @Test func updateAddsTheLabelToTheImageLineAndTouchesNothingElse() throws {
        let results = [CellResult(figures: [figure("A parabola", label: "parabola")])]
        let svg = results[0].figures[0].fileSVG
        let update = RecordUpdater.update(try chapter(unlabelled), results: results, readFigure: { _ in svg })
        #expect(update.source == unlabelled.replacingOccurrences(of: "01-0123abcd.svg)", with: "01-0123abcd.svg){#fig:parabola}"))
        #expect(update.figureFiles.isEmpty)
    }

    @Test func verifyReportsAMissingLabel() throws {
        let results = [CellResult(figures: [figure("A parabola", label: "parabola")])]
        let svg = results[0].figures[0].fileSVG
        let differences = ChapterComparison().differences(try chapter(unlabelled), results: results, readFigure: { _ in svg })
        #expect(differences.map(\.summary) == ["figures of cell 1 differ from the recorded image lines"])
        #expect(differences.first?.diff.contains("+![A parabola](figures/labels/01-0123abcd.svg){#fig:parabola}") == true)
    }

    @Test func anyOtherAttributeOnARecordedFigureIsAnError() throws {
        let odd = unlabelled.replacingOccurrences(of: "01-0123abcd.svg)", with: "01-0123abcd.svg){.wide}")
        #expect(throws: ChapterDiagnostic(
            path: "chapters/01-labels.md", line: 7,
            message: "a recorded figure takes only its label, written {#fig:name}, not {.wide}; label the figure "
                + "in its cell with Figure(…, label: \"name\") and run `ganbook update`")) {
            try chapter(odd)
        }
    }
}
