import Notebook
import Testing

@Suite("Recording outputs in place")
struct RecordUpdaterTests {
    let recorded = """
        # Records

        Intro   with  odd   spacing.


        ```swift
        print("alpha")
        ```


        ```output
        alpha
        ```
        Text right after the record.

        ```swift
        let nothing = 0
        _ = nothing
        ```

        ~~~swift
        print("beta")
        ~~~

        ```output
        beta
        ```
        """

    func update(_ source: String, _ texts: [String]) throws -> RecordUpdater.Update {
        let chapter = try ChapterParser.parse(source, path: "chapters/01-records.md")
        return RecordUpdater.update(chapter, results: texts.map { CellResult(text: $0) }, readFigure: { _ in nil })
    }

    @Test func matchingResultsLeaveEveryByteUntouched() throws {
        let update = try update(recorded, ["alpha\n", "", "beta\n"])
        #expect(update.source == recorded)
        #expect(update.changes.isEmpty)
    }

    @Test func changedRecordIsRestoredByteForByte() throws {
        let damaged = recorded.replacingOccurrences(of: "```output\nbeta", with: "```output\nbetA")
        #expect(damaged != recorded)
        let update = try update(damaged, ["alpha\n", "", "beta\n"])
        #expect(update.source == recorded)
        #expect(update.changes == ["chapters/01-records.md:25: recorded the output of cell 3"])
    }

    @Test func newOutputIsInsertedAfterItsCellAndNothingElseMoves() throws {
        let update = try update(recorded, ["alpha\n", "zero\n", "beta\n"])
        let expected = recorded.replacingOccurrences(
            of: "_ = nothing\n```\n", with: "_ = nothing\n```\n\n```output\nzero\n```\n")
        #expect(update.source == expected)
    }

    @Test func outputThatDisappearedIsRemovedWithItsBlankLines() throws {
        let update = try update(recorded, ["alpha\n", "", ""])
        #expect(update.source == recorded.replacingOccurrences(of: "~~~\n\n```output\nbeta\n```", with: "~~~"))
    }

    @Test func outputHoldingBackticksGetsALongerFence() throws {
        let text = "a ``` b\n"
        let update = try update(recorded, ["alpha\n", text, "beta\n"])
        #expect(update.source.contains("````output\na ``` b\n````"))
        let reread = try ChapterParser.parse(update.source, path: "chapters/01-records.md")
        #expect(reread.cells[1].record.output?.text == text)
    }

    @Test func missingFinalNewlineIsRecordedWithOne() throws {
        let update = try update(recorded, ["alpha", "", "beta\n"])
        #expect(update.source == recorded)
    }

    @Test func figuresAreLinkedAfterTheOutputAndTheirFilesListed() throws {
        let chapter = try ChapterParser.parse(recorded, path: "chapters/01-records.md")
        let figure = FigureResult(title: "Beta [plot]", caption: "c", fileSVG: "<svg/>", inlineSVG: "<svg/>")
        let results = [CellResult(text: "alpha\n"), CellResult(), CellResult(text: "beta\n", figures: [figure])]
        let update = RecordUpdater.update(chapter, results: results, readFigure: { _ in nil })
        #expect(update.source.hasSuffix("```output\nbeta\n```\n\n![Beta \\[plot\\]](figures/records/figure-1.svg)"))
        #expect(update.figureFiles.map(\.url) == ["figures/records/figure-1.svg"])
        let reread = try ChapterParser.parse(update.source, path: "chapters/01-records.md")
        #expect(reread.cells[2].record.figures.map(\.alt) == ["Beta [plot]"])
        // Recorded and unchanged: nothing left to do.
        let again = RecordUpdater.update(reread, results: results, readFigure: { _ in "<svg/>" })
        #expect(again.source == update.source)
        #expect(again.figureFiles.isEmpty)
    }
}
