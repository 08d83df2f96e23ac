import BookFormat
import BookRuntime
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
        let url = "figures/records/" + Chapter.figureFileName(1, svg: "<svg/>")
        #expect(update.source.hasSuffix("```output\nbeta\n```\n\n![Beta \\[plot\\]](\(url))"))
        #expect(update.figureFiles.map(\.url) == [url])
        let reread = try ChapterParser.parse(update.source, path: "chapters/01-records.md")
        #expect(reread.cells[2].record.figures.map(\.alt) == ["Beta [plot]"])
        // Recorded and unchanged: nothing left to do.
        let again = RecordUpdater.update(reread, results: results, readFigure: { _ in "<svg/>" })
        #expect(again.source == update.source)
        #expect(again.figureFiles.isEmpty)
    }
}

@Suite("Recorded figure files are named by number and content")
struct FigureFileNameTests {
    let source = "# F\n\n```swift\nshow(f)\n```\n\n![F](figures/names/01-0123abcd.svg)\n"

    func figure(_ svg: String) -> CellResult {
        CellResult(figures: [FigureResult(title: "F", caption: "", fileSVG: svg, inlineSVG: svg)])
    }

    @Test func nameIsTheOrdinalAndTheFirstEightHexDigitsOfTheSVGsHash() {
        let svg = "<svg>1</svg>"
        #expect(Chapter.figureFileName(3, svg: svg) == "03-" + SHA256.hexDigest(of: svg).prefix(8) + ".svg")
        #expect(Chapter.figureFileName(123, svg: svg).hasPrefix("123-"))
        for ordinal in [1, 9, 10, 123] {
            #expect(Chapter.figureOrdinal(fileName: Chapter.figureFileName(ordinal, svg: svg)) == ordinal)
        }
        for other in ["figure-1.svg", "1-0123abcd.svg", "01-0123abcd.png", "01-0123abcg.svg", "01-0123abcd0.svg", ".01-0123abcd.svg"] {
            #expect(Chapter.figureOrdinal(fileName: other) == nil, "\(other)")
        }
    }

    @Test func changedFigureIsWrittenUnderANewNameAndTheImageLinePointsThere() throws {
        let chapter = try ChapterParser.parse(source, path: "chapters/01-names.md")
        let update = RecordUpdater.update(chapter, results: [figure("<svg>new</svg>")], readFigure: { _ in "<svg>old</svg>" })
        let url = "figures/names/" + Chapter.figureFileName(1, svg: "<svg>new</svg>")
        #expect(update.figureFiles.map(\.url) == [url])
        #expect(update.source == source.replacingOccurrences(of: "figures/names/01-0123abcd.svg", with: url))
    }

    /// A last-digit difference between machines is no change: the recorded name stays.
    @Test func figureMatchingItsFileWithinTheToleranceKeepsItsName() throws {
        let chapter = try ChapterParser.parse(source, path: "chapters/01-names.md")
        let run = [figure("<svg x=\"0.30000000000000004\"/>")]
        let recorded: (String) -> String? = { $0 == "figures/names/01-0123abcd.svg" ? "<svg x=\"0.3\"/>" : nil }
        let update = RecordUpdater.update(chapter, results: run, readFigure: recorded)
        #expect(update.source == source)
        #expect(update.figureFiles.isEmpty)
        #expect(ChapterComparison().differences(chapter, results: run, readFigure: recorded).isEmpty)
    }
}

@Suite("Recording outputs in place: what stays untouched")
struct RecordUpdaterPreservationTests {
    func update(_ source: String, _ results: [CellResult]) throws -> RecordUpdater.Update {
        let chapter = try ChapterParser.parse(source, path: "chapters/01-keep.md")
        return RecordUpdater.update(chapter, results: results, readFigure: { _ in nil })
    }

    @Test func tildeFenceOfAnOutputBlockIsKept() throws {
        let source = "# K\n\n```swift\nprint(1)\n```\n\n~~~~output\n2\n~~~~\n"
        let updated = try update(source, [CellResult(text: "1\n")])
        #expect(updated.source == "# K\n\n```swift\nprint(1)\n```\n\n~~~~output\n1\n~~~~\n")
    }

    @Test func linesBetweenACellAndItsRecordAreKept() throws {
        let source = "# K\n\nSee [ref].\n\n```swift\nprint(1)\n```\n[ref]: https://example.org\n\n```output\n2\n```\n"
        let updated = try update(source, [CellResult(text: "1\n")])
        #expect(updated.source == source.replacingOccurrences(of: "```output\n2", with: "```output\n1"))
    }

    @Test func figureTitleWithMarkdownCharactersRoundTrips() throws {
        let figure = FigureResult(title: "Samples of `rng` *drawn* <here> & $x$", caption: "", fileSVG: "s", inlineSVG: "s")
        let first = try update("# K\n\n```swift\nshow(f)\n```\n", [CellResult(figures: [figure])])
        let reread = try ChapterParser.parse(first.source, path: "chapters/01-keep.md")
        #expect(reread.cells[0].record.figures.map(\.alt) == [figure.title])
        let second = RecordUpdater.update(reread, results: [CellResult(figures: [figure])], readFigure: { _ in "s" })
        #expect(second.source == first.source)
        #expect(second.changes.isEmpty)
    }

    @Test func changeMessageNamesTheLineOfTheNewOutputBlock() throws {
        let updated = try update("# K\n\n```swift\nprint(1)\n```\n", [CellResult(text: "1\n")])
        #expect(updated.changes == ["chapters/01-keep.md:7: recorded the output of cell 1"])
        #expect(updated.source.split(separator: "\n", omittingEmptySubsequences: false)[6] == "```output")
    }
}
