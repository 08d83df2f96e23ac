import BookFormat
import BookRuntime
import Notebook
import Testing

/// The TeX pieces lifted from `markdown`, and the HTML that cmark renders once they are put back.
func renderMath(_ markdown: String) throws -> (math: [MathLifter.Math], html: String) {
    let lifter = try MathLifter(markdown, path: "chapters/01-sample.md")
    let html = CommonMark.parse(lifter.markdown, isDisplayMath: lifter.isDisplayPlaceholder).blocks.map(\.html).joined()
    return (lifter.math, lifter.restore(in: html))
}

@Suite("Math protection")
struct MathLifterTests {
    @Test func underscoresAndAsterisksInsideMathReachKaTeXUntouched() throws {
        let (math, html) = try renderMath("Let $x_1 * y_2$ and $a_i*b_j$ be given.")
        #expect(math.map(\.tex) == ["x_1 * y_2", "a_i*b_j"])
        #expect(html.contains(#"<span class="math inline">x_1 * y_2</span>"#))
        #expect(html.contains(#"<span class="math inline">a_i*b_j</span>"#))
        #expect(!html.contains("<em>"))
    }

    @Test func backslashesAndBracesInsideMathAreKept() throws {
        let (math, html) = try renderMath("$$\n\\begin{cases} a \\\\ b \\end{cases} \\{x\\}\n$$\n")
        #expect(math == [MathLifter.Math(tex: "\n\\begin{cases} a \\\\ b \\end{cases} \\{x\\}\n", display: true)])
        #expect(html.contains("<div class=\"math display\">\n\\begin{cases} a \\\\ b \\end{cases} \\{x\\}\n</div>"))
    }

    @Test func dollarsInsideCodeSpansAndFencedCodeAreText() throws {
        let markdown = "Use `let $x = 1` or ``a $ b``.\n\n```swift\nlet price = \"$5\"\n```\n"
        let (math, html) = try renderMath(markdown)
        #expect(math.isEmpty)
        #expect(html.contains("<code>let $x = 1</code>"))
        #expect(html.contains("<code>a $ b</code>"))
        #expect(html.contains("let price = &quot;$5&quot;"))
    }

    @Test func escapedDollarIsALiteralDollarSign() throws {
        let (math, html) = try renderMath("It costs \\$5, and $y$ is math.")
        #expect(math.map(\.tex) == ["y"])
        #expect(html.contains("It costs $5, and <span class=\"math inline\">y</span> is math."))
    }

    @Test func unbalancedDollarIsAnErrorAtItsLine() {
        #expect(throws: ChapterDiagnostic(
            path: "chapters/01-sample.md", line: 3,
            message: "this $ opens math that is not closed in the same paragraph; close it, or write \\$ for a dollar sign"
        )) {
            try MathLifter("# Title\n\nOne $x_1 open\nand never closed.\n\nNext $y$.\n", path: "chapters/01-sample.md")
        }
    }

    @Test func mathDoesNotSpanABlankLine() {
        #expect(throws: ChapterDiagnostic.self) {
            try MathLifter("Open $x\n\ny$ close.\n", path: "chapters/01-sample.md")
        }
    }

    @Test func unclosedDisplayMathIsAnErrorAtItsLine() throws {
        do {
            _ = try MathLifter("Text.\n\n$$\nx^2\n", path: "chapters/01-sample.md")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 3)
            #expect(error.message.contains("$$"))
        }
    }

    @Test func plainTextRestoresTheDollars() throws {
        let lifter = try MathLifter("The map $G_\\theta$ here.", path: "chapters/01-sample.md")
        #expect(lifter.plainText(lifter.markdown) == "The map $G_\\theta$ here.")
    }
}

@Suite("Math protection around links and images")
struct MathInLinksTests {
    @Test func mathInAltTextStaysTextSoTheAttributeIsValid() throws {
        let (_, html) = try renderMath("![the density $p_x$](plot.png) and [a](u \"t $x$\")")
        #expect(html.contains(#"alt="the density $p_x$""#))
        #expect(html.contains(#"title="t $x$""#))
        #expect(!html.contains("alt=\"the density <span"))
    }

    @Test func dollarsInAutolinksAreNotMath() throws {
        let (math, html) = try renderMath("See <https://example.org/$a> for $b$.")
        #expect(math.map(\.tex) == ["b"])
        #expect(html.contains(#"<a href="https://example.org/$a">"#))
    }
}
