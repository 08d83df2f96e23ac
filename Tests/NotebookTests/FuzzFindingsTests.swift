import BookFormat
import BookRuntime
import MarkupEscaping
import Notebook
import Testing

/// What the fuzzer found (issue 18, section 6), each as a plain case.
@Suite("Fuzzer findings")
struct FuzzFindingsTests {
    @Test func aQuoteFollowedByACombiningMarkIsStillEscaped() {
        // `"` and U+0301 make one Character; escaped by Character, the quote ended the attribute.
        #expect(HTML.escape("a\"\u{0301} onmouseover=x <\u{200D}b") == "a&quot;\u{0301} onmouseover=x &lt;\u{200D}b")
    }

    @Test func aHeadingWithAQuoteAndACombiningMarkStaysInItsAttribute() throws {
        let chapter = try ChapterParser.parse("# T\n\n## x\"\u{0301} onmouseover=alert(1) y\n", path: "chapters/01-probe.md")
        let html = PageRenderer().body(of: chapter, results: [])
        #expect(!html.contains("\" onmouseover") && !html.contains("\"\u{0301} onmouseover"))
    }

    @Test func mathInAFenceInsideAQuoteShowsAsWrittenNotAsMarkup() throws {
        let chapter = try ChapterParser.parse("# T\n\n> ```a$x$b\n> $y$\n> ```\n", path: "chapters/01-probe.md")
        let html = PageRenderer().body(of: chapter, results: [])
        #expect(html.contains("<pre><code class=\"language-a$x$b\">$y$\n</code></pre>"))
    }
}
