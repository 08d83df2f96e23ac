import BookFormat
import BookRuntime
import Notebook
import Testing

/// Parses `text` as the chapter at `path`, or returns the diagnostic it produced.
func parse(_ text: String, path: String = "chapters/01-sample.md") -> Result<Chapter, ChapterDiagnostic> {
    Result { () throws(ChapterDiagnostic) in try ChapterParser.parse(text, path: path) }
}

func diagnostic(_ text: String, path: String = "chapters/01-sample.md") -> ChapterDiagnostic? {
    if case let .failure(diagnostic) = parse(text, path: path) { return diagnostic }
    return nil
}

@Suite("Reading chapters")
struct ChapterParserTests {
    let sample = """
        # Sample chapter

        Prose.

        ```swift
        let x = 1
        print(x)
        ```

        ```output
        1
        ```

        ![A plot](figures/sample/01-0123abcd.svg)

        ```swift hidden
        print(x + 1)
        ```

        ```python
        not a cell
        ```

        """

    @Test func readsTitleCellsOptionsAndRecords() throws {
        let chapter = try parse(sample).get()
        #expect(chapter.title == "Sample chapter")
        #expect(chapter.number == 1)
        #expect(chapter.slug == "sample")
        #expect(chapter.cells.count == 2)
        #expect(chapter.cells[0].code == "let x = 1\nprint(x)\n")
        #expect(chapter.cells[0].fenceLine == 5)
        #expect(chapter.cells[0].firstCodeLine == 6)
        #expect(chapter.cells[0].closingLine == 8)
        #expect(chapter.cells[0].record.output == CellRecord.Output(text: "1\n", fenceLine: 10, endLine: 12))
        #expect(chapter.cells[0].record.figures.map(\.url) == ["figures/sample/01-0123abcd.svg"])
        #expect(chapter.cells[0].record.figures.map(\.alt) == ["A plot"])
        #expect(chapter.cells[0].record.lastLine == 14)
        #expect(!chapter.cells[0].options.hidden)
        #expect(chapter.cells[1].options.hidden)
        #expect(chapter.cells[1].record == CellRecord())
    }

    @Test func tangledSourcePutsEachCellBehindItsMarkdownLine() throws {
        let source = Tangler.source(for: try parse(sample).get(), imports: ["Foundation", "Plotting"])
        #expect(source.contains("#sourceLocation(file: \"chapters/01-sample.md\", line: 6)\nlet x = 1\nprint(x)\n#sourceLocation()"))
        #expect(source.contains("#sourceLocation(file: \"chapters/01-sample.md\", line: 17)\nprint(x + 1)\n#sourceLocation()"))
        #expect(!source.contains("not a cell"))
        // Cells share one scope: one function holds both, cell markers in order.
        let first = try #require(source.range(of: "CellCapture.beginCell(0)"))
        let second = try #require(source.range(of: "CellCapture.beginCell(1)"))
        #expect(first.upperBound < second.lowerBound)
        #expect(source.components(separatedBy: "func chapterCells()").count == 2)
        #expect(source.contains("import Foundation\nimport Plotting\nimport BookRuntime\n"))
    }

    @Test func digestChangesWithCodeButNotWithProseOrRecords() throws {
        let base = try parse(sample).get().cellsDigest
        let prose = try parse(sample.replacingOccurrences(of: "Prose.", with: "Other prose.")).get()
        let record = try parse(sample.replacingOccurrences(of: "1\n```\n\n!", with: "2\n```\n\n!")).get()
        let code = try parse(sample.replacingOccurrences(of: "let x = 1", with: "let x = 2")).get()
        let option = try parse(sample.replacingOccurrences(of: "swift hidden", with: "swift")).get()
        #expect(prose.cellsDigest == base)
        #expect(record.cellsDigest == base)
        #expect(code.cellsDigest != base)
        #expect(option.cellsDigest != base)
    }

    @Test func unclosedFenceIsAnErrorAtItsOpeningLine() {
        let found = diagnostic("# T\n\nText.\n\n```swift\nlet x = 1\n\nMore prose.\n")
        #expect(found?.line == 5)
        #expect(found?.description.hasPrefix("chapters/01-sample.md:5: error: this code fence is never closed") == true)
    }

    @Test func unknownCellOptionIsAnErrorNamingTheKnownOptions() {
        let found = diagnostic("# T\n\n```swift hiden\nlet x = 1\n```\n")
        #expect(found?.line == 3)
        #expect(found?.message.contains("unknown cell option 'hiden'") == true)
        #expect(found?.message.contains("hidden") == true)
    }

    @Test func foldIsAnOptionButNotTogetherWithHidden() throws {
        #expect(try parse("# T\n\n```swift fold\nlet x = 1\n```\n").get().cells[0].options.folded)
        let both = diagnostic("# T\n\n```swift hidden fold\nlet x = 1\n```\n")
        #expect(both?.line == 3)
        #expect(both?.message.contains("not both") == true)
    }

    @Test func outputBlockThatFollowsNoCellIsAnError() {
        let afterProse = diagnostic("# T\n\nText.\n\n```output\n1\n```\n")
        #expect(afterProse?.line == 5)
        #expect(afterProse?.message.contains("follows no cell") == true)
        let separated = diagnostic("# T\n\n```swift\nprint(1)\n```\n\nText.\n\n```output\n1\n```\n")
        #expect(separated?.line == 9)
        let twice = diagnostic("# T\n\n```swift\nprint(1)\n```\n\n```output\n1\n```\n\n```output\n1\n```\n")
        #expect(twice?.line == 11)
    }

    @Test func recordedFigureThatFollowsNoCellIsAnError() {
        let found = diagnostic("# T\n\nText.\n\n![plot](figures/sample/01-0123abcd.svg)\n")
        #expect(found?.line == 5)
        #expect(found?.message.contains("follows no cell") == true)
    }

    @Test func cellInsideAListIsAnError() {
        let found = diagnostic("# T\n\n- item\n\n  ```swift\n  print(1)\n  ```\n")
        #expect(found?.line == 5)
        #expect(found?.message.contains("top level") == true)
    }

    @Test func chapterWithoutTitleIsAnError() {
        let found = diagnostic("Text only.\n\n## Not a title\n")
        #expect(found?.line == 1)
        #expect(found?.message.contains("level-1 heading") == true)
    }

    @Test(arguments: ["chapters/1-short.md", "chapters/01_under.md", "chapters/01-Upper.md",
                      "chapters/intro.md", "chapters/01-.md", "chapters/001-three.md", "chapters/01-x.markdown"])
    func fileNameNotOfTheFormNNSlugIsAnError(path: String) {
        let found = diagnostic("# T\n", path: path)
        #expect(found?.path == path)
        #expect(found?.line == 1)
        #expect(found?.message.contains("NN-slug.md") == true)
    }

    @Test func twoChaptersWithTheSameNumberAreReportedOnTheLaterFile() throws {
        let first = try parse("# A\n", path: "chapters/02-alpha.md").get()
        let second = try parse("# B\n", path: "chapters/02-beta.md").get()
        let third = try parse("# C\n", path: "chapters/03-gamma.md").get()
        let found = ChapterSet.duplicates(in: [second, third, first])
        #expect(found.count == 1)
        #expect(found.first?.description == "chapters/02-beta.md:1: error: chapter number 02 is already used by chapters/02-alpha.md; give each chapter its own")
    }

    @Test func twoChaptersWithTheSameSlugAreReported() throws {
        let first = try parse("# A\n", path: "chapters/02-intro.md").get()
        let second = try parse("# B\n", path: "chapters/05-intro.md").get()
        let found = ChapterSet.duplicates(in: [second, first])
        #expect(found.map(\.description) == ["chapters/05-intro.md:1: error: chapter slug 'intro' is already used by chapters/02-intro.md; give each chapter its own"])
    }

    @Test func carriageReturnsAreAnErrorAtTheirLine() {
        let found = diagnostic("# T\n\nText.\r\nMore.\r\n")
        #expect(found?.line == 3)
        #expect(found?.message.contains("Unix line endings") == true)
    }

    /// The chapter is parsed once, with its math lifted out; math over several lines becomes
    /// one placeholder, and the lines after it must still be the source's.
    @Test func linesAfterMathSpanningSeveralLinesAreTheSources() throws {
        let source = "# T\n\nText $$\na = b\n$$ and\n$x$ more.\n\n```swift\nprint(1)\n```\n\n```output\n1\n```\n\n"
            + "![A plot](figures/sample/01-0123abcd.svg)\n\n$$\nb\n$$ \\\nnext\n\n```swift\nlet y: Int = \"s\"\n```\n"
        let chapter = try parse(source).get()
        #expect(chapter.cells.map(\.fenceLine) == [8, 23])
        #expect(chapter.cells[0].record.output?.fenceLine == 12)
        #expect(chapter.cells[0].record.figures.map(\.line) == [16])
        #expect(chapter.lifted.sourceLines.count == chapter.lifted.markdown.split(separator: "\n", omittingEmptySubsequences: false).count)
    }
}
