/// Renders one chapter as the body of an HTML page: cmark's HTML for the prose, each cell
/// followed by what it printed and the figures it showed in this run, math left for KaTeX.
///
/// The recorded output blocks and figure image lines are skipped: the page shows the fresh
/// results, which `ganbook verify` checks against those records.
public struct PageRenderer: Sendable {
    public init() {}

    public func body(of chapter: Chapter, results: [CellResult]) throws(ChapterDiagnostic) -> String {
        let lifted = try MathLifter(chapter.source, path: chapter.path)
        let document = CommonMark.parse(lifted.markdown)
        var html = ""
        var cells = zip(chapter.cells, results).makeIterator()
        var headingIDs = HeadingIDs()

        for block in document.blocks {
            switch (BlockRole(block, slug: chapter.slug), block.kind) {
            case (.cell, _):
                if let (cell, result) = cells.next() { html += render(cell, result) }
            case (.output, _), (.figures, _):
                continue
            case let (.other, .heading(level, text)):
                let id = headingIDs.make(lifted.plainText(text))
                html += block.html.replacingFirst("<h\(level)>", with: "<h\(level) id=\"\(id)\">")
            case (.other, _):
                html += block.html
            }
        }
        return lifted.restore(in: html)
    }

    private func render(_ cell: Cell, _ result: CellResult) -> String {
        var html = "<div class=\"cell\">\n"
        if !cell.options.hidden {
            html += "<pre class=\"cell-code\"><code class=\"language-swift\">"
                + HTML.escape(cell.code) + "</code></pre>\n"
        }
        if !result.text.isEmpty {
            html += "<pre class=\"cell-output\" aria-label=\"Output\"><samp>"
                + HTML.escape(result.recordedText) + "</samp></pre>\n"
        }
        for figure in result.figures {
            html += "<figure class=\"plot\">\n" + figure.inlineSVG
                + "\n<figcaption><strong>" + HTML.escape(figure.title) + ".</strong> "
                + HTML.escape(figure.caption) + "</figcaption>\n</figure>\n"
        }
        return html + "</div>\n"
    }
}

/// Unique, readable ids for headings: lowercase words joined by hyphens, with `-2`, `-3` for
/// repeats.
struct HeadingIDs {
    private var used: [String: Int] = [:]

    mutating func make(_ text: String) -> String {
        var id = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                id.append(character)
            } else if !id.isEmpty, id.last != "-" {
                id.append("-")
            }
        }
        while id.hasSuffix("-") { id.removeLast() }
        if id.isEmpty { id = "section" }
        let count = used[id, default: 0] + 1
        used[id] = count
        return count == 1 ? id : "\(id)-\(count)"
    }
}
