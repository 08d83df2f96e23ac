import BookFormat
import BookRuntime
import Notebook
import Testing

/// A figure result with a label, as `show(Figure(…, label:))` records it.
func figure(_ title: String, label: String? = nil) -> FigureResult {
    FigureResult(title: title, caption: "About \(title).", label: label,
                 fileSVG: "<svg/>", inlineSVG: "<svg class=\"figure\" width=\"480\" height=\"340\"></svg>")
}

/// Renders `source` as chapter `path` whose single cell showed `figures`, with the labels of
/// `others` (other chapters and their results) known too.
func renderWithLabels(
    _ source: String, path: String = "chapters/03-sample.md", figures: [FigureResult] = [],
    others: [(Chapter, [CellResult])] = [], edition: SiteLinks.Edition = .chapterPages
) throws -> (html: String, labels: LabelIndex, chapter: Chapter) {
    let chapter = try ChapterParser.parse(source, path: path)
    let results = chapter.cells.isEmpty ? [] : [CellResult(figures: figures)] + Array(repeating: CellResult(), count: chapter.cells.count - 1)
    var all = Dictionary(uniqueKeysWithValues: others.map { ($0.0.path, $0.1) })
    all[chapter.path] = results
    let labels = LabelIndex(chapters: others.map(\.0) + [chapter], results: all)
    let renderer = PageRenderer(labels: labels, links: SiteLinks(edition: edition, frontPage: "00-introduction"))
    return (try renderer.body(of: chapter, results: results), labels, chapter)
}

let labelledChapter = """
    # Sampling

    See @fig:box-muller, and @eq:kl.

    ```swift
    show(Figure(panel, title: "T", caption: "C", label: "box-muller"))
    ```

    $$
    a = b
    $$

    $$
    D(p \\| q) = \\int p \\log \\frac{p}{q}
    $$ {#eq:kl}

    Code keeps `@fig:box-muller` as text.

    ```text
    @eq:kl in fenced code
    ```
    """

@Suite("Figure and equation references")
struct CrossReferenceTests {
    @Test func figureReferenceBecomesALinkWithTheChapterNumberedFigure() throws {
        let (html, _, _) = try renderWithLabels(labelledChapter, figures: [figure("Box–Muller", label: "box-muller")])
        #expect(html.contains(##"See <a class="reference" href="#fig:box-muller">Figure 3.1</a>"##))
        #expect(html.contains(##"<figure class="plot" id="fig:box-muller">"##))
        #expect(html.contains(##"<a class="figure-number" href="#fig:box-muller">Figure 3.1</a>. <strong>Box–Muller.</strong> About Box–Muller."##))
    }

    @Test func onlyLabelledEquationsAreNumberedAndTheirReferencesLinkToThem() throws {
        let (html, _, _) = try renderWithLabels(labelledChapter, figures: [figure("B", label: "box-muller")])
        #expect(html.contains(##"<a class="reference" href="#eq:kl">(3.1)</a>"##))
        #expect(html.contains(##"<div class="equation" id="eq:kl"><div class="math display">"##))
        #expect(html.contains(##"<a class="equation-number" href="#eq:kl">(3.1)</a></div>"##))
        #expect(html.contains("<div class=\"math display\">\na = b\n</div>"))
        #expect(html.components(separatedBy: "equation-number").count == 2)
    }

    @Test func referencesInCodeSpansAndFencedCodeStayText() throws {
        let (html, _, _) = try renderWithLabels(labelledChapter, figures: [figure("B", label: "box-muller")])
        #expect(html.contains("<code>@fig:box-muller</code>"))
        #expect(html.contains("@eq:kl in fenced code"))
    }

    @Test func unlabelledFiguresAreNumberedToo() throws {
        let (html, _, _) = try renderWithLabels("# T\n\n```swift\nshow(a); show(b)\n```\n", figures: [figure("A"), figure("B")])
        #expect(html.contains(##"<figure class="plot" id="figure-1">"##))
        #expect(html.contains(##"<a class="figure-number" href="#figure-2">Figure 3.2</a>"##))
    }

    @Test func theIntroductionNumbersWithoutAChapterPrefix() throws {
        let (html, _, _) = try renderWithLabels(
            "# Intro\n\nAs @fig:first shows.\n\n```swift\nshow(f)\n```\n\n$$ x $$ {#eq:one}\n",
            path: "chapters/00-introduction.md", figures: [figure("F", label: "first")])
        #expect(html.contains(">Figure 1</a> shows."))
        #expect(html.contains(##"<a class="equation-number" href="#eq:one">(1)</a>"##))
    }

    @Test func referenceToAnotherChapterLinksToItsPage() throws {
        let other = try ChapterParser.parse("# Other\n\n```swift\nshow(f)\n```\n", path: "chapters/02-other.md")
        let (html, _, _) = try renderWithLabels(
            "# Here\n\nRecall @fig:lattice.\n", others: [(other, [CellResult(figures: [figure("L", label: "lattice")])])])
        #expect(html.contains(##"Recall <a class="reference" href="02-other.html#fig:lattice">Figure 2.1</a>."##))
    }

    @Test func onTheWholeBookPageAnchorsCarryTheChapterName() throws {
        let (html, _, _) = try renderWithLabels(labelledChapter, figures: [figure("B", label: "box-muller")], edition: .wholeBook)
        #expect(html.contains(##"href="#03-sample--fig:box-muller">Figure 3.1</a>"##))
        #expect(html.contains(##"<figure class="plot" id="03-sample--fig:box-muller">"##))
        #expect(html.contains(##"<h1 id="03-sample--sampling">"##))
    }

    @Test func aReferenceEndsBeforeTrailingPunctuationAndAddressesAreNotReferences() throws {
        let lifter = try MathLifter("See @fig:a-b. Mail me@fig:x or (@eq:c_d), \\@fig:e.", path: "chapters/01-x.md")
        #expect(lifter.references.map(\.label.description) == ["fig:a-b", "eq:c_d"])
    }

    @Test func danglingReferenceIsAnErrorAtItsLineNamingTheNearestLabel() throws {
        let (_, labels, chapter) = try renderWithLabels(
            labelledChapter.replacingOccurrences(of: "See @fig:box-muller", with: "See @fig:box-mueller"),
            figures: [figure("B", label: "box-muller")])
        let problems = labels.problems(in: chapter)
        #expect(problems.count == 1)
        #expect(problems.first?.description == "chapters/03-sample.md:3: error: @fig:box-mueller refers to no figure "
            + "of the book; did you mean @fig:box-muller? Otherwise label a figure with "
            + "Figure(…, label: \"box-mueller\") and run `ganbook update`")
    }

    @Test func labelUsedTwiceInTheBookIsAnErrorAtTheSecondUse() throws {
        let other = try ChapterParser.parse("# Other\n\n$$ x $$ {#eq:kl}\n", path: "chapters/02-other.md")
        let (_, labels, chapter) = try renderWithLabels(labelledChapter, figures: [figure("B", label: "box-muller")],
                                                        others: [(other, [])])
        #expect(labels.problems(in: chapter).map(\.description) == [
            "chapters/03-sample.md:15: error: the label eq:kl is already used at chapters/02-other.md:3; "
                + "give each figure and equation of the book its own label",
        ])
    }

    @Test func figureLabelFromARunPointsAtTheLineThatNamesIt() throws {
        let source = "# T\n\n```swift\nlet x = 1\nshow(Figure(p, title: \"t\", caption: \"c\",\n  label: \"bad label\"))\n```\n"
        let (_, labels, chapter) = try renderWithLabels(source, figures: [figure("t", label: "bad label")])
        #expect(labels.problems(in: chapter).first?.line == 6)
        #expect(labels.problems(in: chapter).first?.message.contains("'bad label' is not a valid label") == true)
    }
}

@Suite("Equation labels in the Markdown")
struct EquationLabelTests {
    @Test func labelAfterClosingDollarsIsReadWithItsLine() throws {
        let lifter = try MathLifter("Text.\n\n$$\nx\n$$ {#eq:first}\n\n$$ y $$ {#eq:second}\n", path: "chapters/01-x.md")
        #expect(lifter.equationLabels.map(\.label.description) == ["eq:first", "eq:second"])
        #expect(lifter.equationLabels.map(\.line) == [5, 7])
        #expect(lifter.math.map(\.label?.name) == ["first", "second"])
    }

    @Test func labelAnywhereElseIsAnErrorAtItsLine() {
        #expect(throws: ChapterDiagnostic.self) {
            try MathLifter("$$\nx\n$$\n{#eq:late}\n", path: "chapters/01-x.md")
        }
        do {
            _ = try MathLifter("Text\n\n$$\nx\n$$\n{#eq:late}\n", path: "chapters/01-x.md")
        } catch {
            #expect(error.line == 6)
            #expect(error.message.contains("right after the closing $$"))
        }
    }

    @Test func inlineMathCannotBeLabelled() {
        do {
            _ = try MathLifter("So $x$ {#eq:x} here.\n", path: "chapters/01-x.md")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.contains("only display math"))
        }
    }

    @Test func malformedOrRepeatedLabelsAreErrors() {
        for source in ["$$ x $$ {#eq:bad name}\n", "$$ x $$ {#fig:x}\n", "$$ x $$ {#eq:a}\n\n$$ y $$ {#eq:a}\n"] {
            #expect(throws: ChapterDiagnostic.self, "\(source)") { try MathLifter(source, path: "chapters/01-x.md") }
        }
    }

    @Test func chapterParserKeepsReferencesAndEquationLabels() throws {
        let chapter = try ChapterParser.parse(labelledChapter, path: "chapters/03-sample.md")
        #expect(chapter.references.map(\.label.description) == ["fig:box-muller", "eq:kl"])
        #expect(chapter.references.map(\.line) == [3, 3])
        #expect(chapter.equationLabels.map(\.line) == [15])
    }
}
