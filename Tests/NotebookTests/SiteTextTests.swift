import BookFormat
import BookRuntime
import Notebook
import Testing

/// The HTML cmark renders for `markdown` once its math and references are put back, with
/// `@fig:a` known as Figure 3.1.
func renderWithReference(_ markdown: String) throws -> String {
    let lifter = try MathLifter(markdown, path: "chapters/03-sample.md")
    let html = CommonMark.parse(lifter.markdown, isDisplayMath: lifter.isDisplayPlaceholder).blocks.map(\.html).joined()
    return lifter.restore(in: html, reference: { label in
        label.description == "fig:a" ? MathLifter.ReferenceLink(text: "Figure 3.1", href: "#fig:a") : nil
    })
}

/// Whether `text` still holds a placeholder's private-use scalar (U+E000 to U+E003).
func holdsPlaceholder(_ text: String) -> Bool {
    text.unicodeScalars.contains { ("\u{E000}"..."\u{E003}").contains($0) }
}

@Suite("Putting math back next to any text")
struct MathRestoreTextTests {
    @Test func mathBetweenAccentsEmojiAndCJKIsRestoredAndTheTextKept() throws {
        let html = try renderWithReference("Soit é $x_1$ 😀 et 数学 $y$, @fig:a 👩‍💻.")
        #expect(html == "<p>Soit é <span class=\"math inline\">x_1</span> 😀 et 数学 <span class=\"math inline\">y</span>, "
            + "<a class=\"reference\" href=\"#fig:a\">Figure 3.1</a> 👩‍💻.</p>\n")
    }

    @Test func aCombiningMarkRightAfterMathOrAReferenceDoesNotHideTheRestOfThePage() throws {
        // cmark turns &#x301; into U+0301, which joins the placeholder's closing scalar into
        // one Character; the placeholders are scalars, and the page must not care.
        let html = try renderWithReference("See $x$&#x301; and @fig:a&#x301;, then $y$ and e\u{0301}$z$.")
        #expect(!holdsPlaceholder(html))
        #expect(html == "<p>See <span class=\"math inline\">x</span>\u{0301} and "
            + "<a class=\"reference\" href=\"#fig:a\">Figure 3.1</a>\u{0301}, then <span class=\"math inline\">y</span> "
            + "and e\u{0301}<span class=\"math inline\">z</span>.</p>\n")
    }

    @Test func insideAnImageTagMathAndReferencesAreTextAmongOtherScripts() throws {
        let html = try renderWithReference("![été $p_x$ 数 @fig:a ✓](plot.png) after $q$")
        #expect(html.contains(#"alt="été $p_x$ 数 Figure 3.1 ✓""#))
        #expect(html.contains(#" after <span class="math inline">q</span>"#))
        #expect(!holdsPlaceholder(html))
    }

    @Test func insideALinkMathIsASpanAndAReferenceItsPlainText() throws {
        let html = try renderWithReference("[the map $f$ of @fig:a, ü](https://example.org) and @fig:a")
        #expect(html == "<p><a href=\"https://example.org\">the map <span class=\"math inline\">f</span> of Figure 3.1, ü</a> "
            + "and <a class=\"reference\" href=\"#fig:a\">Figure 3.1</a></p>\n")
    }

    @Test func displayMathAloneInItsParagraphReplacesTheParagraph() throws {
        let (_, alone) = try renderMath("Before.\n\n$$ x^2 $$\n\nAfter.")
        #expect(alone == "<p>Before.</p>\n<div class=\"math display\"> x^2 </div>\n<p>After.</p>\n")
        let (_, inText) = try renderMath("Before $$ x^2 $$ after.")
        #expect(inText == "<p>Before <span class=\"math display\"> x^2 </span> after.</p>\n")
        let (_, inline) = try renderMath("$x$")
        #expect(inline == "<p><span class=\"math inline\">x</span></p>\n")
    }

    @Test func aLabelledEquationAloneInItsParagraphIsWrappedWithItsNumber() throws {
        let lifter = try MathLifter("Text.\n\n$$ é = 1 $$ {#eq:one}\n", path: "chapters/03-sample.md")
        let html = lifter.restore(in: CommonMark.parse(lifter.markdown, isDisplayMath: lifter.isDisplayPlaceholder).blocks.map(\.html).joined(),
                                  equation: { _ in MathLifter.EquationAnchor(id: "eq:one", number: "(3.1)") })
        #expect(html == "<p>Text.</p>\n<div class=\"equation\" id=\"eq:one\"><div class=\"math display\"> é = 1 </div>"
            + "<a class=\"equation-number\" href=\"#eq:one\">(3.1)</a></div>\n")
    }

    @Test func plainTextAndInlineHTMLKeepNonASCIIText() throws {
        let lifter = try MathLifter("## Lois é $\\mu$ 数 & @fig:a 😀", path: "chapters/03-sample.md")
        let heading = String(lifter.markdown.dropFirst(3))
        let reference = { (_: Label) in MathLifter.ReferenceLink(text: "Figure <3>", href: "#x") }
        #expect(lifter.plainText(heading, reference: reference) == "Lois é $\\mu$ 数 & Figure <3> 😀")
        #expect(lifter.inlineHTML(heading, reference: reference)
            == "Lois é <span class=\"math inline\">\\mu</span> 数 &amp; Figure &lt;3&gt; 😀")
    }
}

@Suite("The plain text of the site's HTML")
struct HTMLTextTests {
    @Test func tagsAreDroppedAndTheSiteEntitiesDecodedOnce() {
        let html = "<p>a &lt;b&gt; &amp;lt; &quot;q&quot; &#39;s&#39; &amp; &nbsp; & é</p>"
        #expect(HTMLText.plain(html) == "a <b> &lt; \"q\" 's' & &nbsp; & é")
    }

    @Test func entitiesNextToNonASCIIText() {
        #expect(HTMLText.plain("<em>été&amp;数</em>&lt;😀&gt;e\u{0301}&quot;") == "été&数<😀>e\u{0301}\"")
    }

    @Test func figuresAndOutputAreLeftOutWithWhatTheyHold() {
        let html = "<p>Before ü</p><div><SVG width=\"2\"><text>α &lt; β</text><svg><g/><path d=\"M0 0\"/></svg>"
            + "<svg/></SVG></div><pre><samp>printed 数</samp></pre><p>after 😀</p>"
        #expect(HTMLText.plain(html) == "Before üafter 😀")
    }

    @Test func aTagThatNeverClosesIsKeptAsText() {
        #expect(HTMLText.plain("<p>kept é</p><img alt=\"x &amp;") == "kept é<img alt=\"x &")
    }
}

@Suite("Search snippets")
struct SearchSnippetTests {
    @Test func whiteSpaceRunsBecomeOneSpaceAndDollarsGo() {
        #expect(SearchIndex.readable("  a\n\t$x_1$  é\u{00A0}\u{3000}数  $ b ") == "a x_1 é 数  b")
    }
}
