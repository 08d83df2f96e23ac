import BookFormat
import BookRuntime
import Notebook
import Testing

@Suite("Rendering pages")
struct PageRendererTests {
    let text = """
        # Escaping

        Prose with <script>alert("prose")</script> raw HTML and $a < b$.

        <div onclick="x()">block</div>

        ```swift
        print("<script>alert(1)</script> & more")
        ```

        ```output
        stale record
        ```

        ```swift hidden
        print("from the hidden cell")
        ```
        """

    func render() throws -> String {
        let chapter = try ChapterParser.parse(text, path: "chapters/01-escaping.md")
        let results = [
            CellResult(text: "<script>alert(1)</script> & more\n"),
            CellResult(text: "from the hidden cell\n"),
        ]
        return try PageRenderer().body(of: chapter, results: results)
    }

    @Test func scriptPrintedByACellShowsAsText() throws {
        let html = try render()
        #expect(html.contains("<samp>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more\n</samp>"))
        #expect(!html.contains("<script>"))
    }

    @Test func rawHTMLInProseIsEscaped() throws {
        let html = try render()
        #expect(html.contains("&lt;script&gt;alert(&quot;prose&quot;)&lt;/script&gt;"))
        #expect(html.contains("&lt;div onclick=&quot;x()&quot;&gt;block&lt;/div&gt;"))
        #expect(!html.contains("<div onclick"))
    }

    @Test func mathIsEscapedForHTMLButOtherwiseVerbatim() throws {
        #expect(try render().contains(#"<span class="math inline">a &lt; b</span>"#))
    }

    @Test func pageShowsFreshOutputsNotStaleRecords() throws {
        let html = try render()
        #expect(!html.contains("stale record"))
    }

    @Test func hiddenCellShowsItsOutputButNotItsCode() throws {
        let html = try render()
        #expect(html.contains("from the hidden cell\n</samp>"))
        #expect(!html.contains("print(&quot;from the hidden cell&quot;)"))
        #expect(html.contains("print(&quot;&lt;script&gt;"))
    }

    @Test func foldedCellShowsItsCodeBehindItsDocCommentAndItsOutputOpenly() throws {
        let source = "# T\n\n```swift fold\n// Helpers for the `<experiments>`.\nlet x = 1\nprint(x)\n```\n\n```swift fold\nlet y = 2\n```\n"
        let chapter = try ChapterParser.parse(source, path: "chapters/01-fold.md")
        let html = PageRenderer().body(of: chapter, results: [CellResult(text: "1\n"), CellResult()])
        #expect(html.contains("<details class=\"cell-fold\"><summary>Helpers for the <code>&lt;experiments&gt;</code>.</summary>\n<div class=\"cell-code\">"))
        #expect(html.contains("<summary>Show code</summary>"))
        #expect(html.contains("</code></pre></div>\n</details>\n<pre class=\"cell-output\""))
    }

    @Test func explorableFigureHasALabelledSliderOverItsValuesStartingAtTheSelectedOne() throws {
        let chapter = try ChapterParser.parse("# T\n\n```swift\nshow(f)\n```\n", path: "chapters/01-explore.md")
        let figure = FigureResult(
            title: "F", caption: "C", label: "landscape",
            parameter: FigureResult.Parameter(name: "bandwidth <h>", values: ["0.1", "1", "10"], selected: 1),
            fileSVG: "<svg/>", inlineSVG: "<svg/>")
        let html = PageRenderer().body(of: chapter, results: [CellResult(figures: [figure])])
        #expect(html.contains("<div class=\"plot-frame\"><svg/></div>\n<div class=\"figure-explorer\" data-default-value=\"1\">"
            + "<label for=\"fig:landscape-slider\">bandwidth &lt;h&gt;</label>"
            + "<input type=\"range\" class=\"figure-slider\" id=\"fig:landscape-slider\" min=\"0\" max=\"2\" step=\"1\" "
            + "value=\"1\" aria-valuetext=\"1\"><span class=\"figure-value\">1</span></div>\n<figcaption>"), "\(html)")
    }

    @Test func stillFigureHasNoSlider() throws {
        let chapter = try ChapterParser.parse("# T\n\n```swift\nshow(f)\n```\n", path: "chapters/01-still.md")
        let figure = FigureResult(title: "F", caption: "C", fileSVG: "<svg/>", inlineSVG: "<svg/>")
        let html = PageRenderer().body(of: chapter, results: [CellResult(figures: [figure])])
        #expect(html.contains("<figure class=\"plot\""))
        #expect(!html.contains("figure-explorer"))
    }

    @Test func headingsGetUniqueIDs() throws {
        let chapter = try ChapterParser.parse("# Title\n\n## A section\n\n## A section\n", path: "chapters/01-ids.md")
        let html = try PageRenderer().body(of: chapter, results: [])
        #expect(html.contains("<h2 id=\"a-section\">"))
        #expect(html.contains("<h2 id=\"a-section-2\">"))
    }
}

@Suite("Line diffs")
struct LineDiffTests {
    @Test func unifiedDiffShowsChangedLinesWithContext() {
        let old = (1...10).map { "line \($0)" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "line 5\n", with: "line five\n")
        #expect(LineDiff.unified(from: old, to: new) == """
            @@ -2,7 +2,7 @@
             line 2
             line 3
             line 4
            -line 5
            +line five
             line 6
             line 7
             line 8
            """)
    }

    @Test func insertionIntoEmptyText() {
        #expect(LineDiff.unified(from: "", to: "a\nb\n") == "@@ -0,0 +1,2 @@\n+a\n+b")
    }

    @Test func identicalTextsHaveNoHunks() {
        #expect(LineDiff.unified(from: "a\nb\n", to: "a\nb\n").isEmpty)
    }

    @Test func missingFinalNewlineIsShown() {
        #expect(LineDiff.unified(from: "a\nb\n", to: "a\nb") == "@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file")
    }

    @Test func longUnrelatedTextsAreDiffedAsOneReplacement() {
        let old = (0..<3000).map { "old \($0)" }.joined(separator: "\n") + "\n"
        let new = (0..<3000).map { "new \($0)" }.joined(separator: "\n") + "\n"
        let lines = LineDiff.unified(from: old, to: new).split(separator: "\n")
        #expect(lines.first == "@@ -1,3000 +1,3000 @@")
        #expect(lines.count == 6001)
    }
}
