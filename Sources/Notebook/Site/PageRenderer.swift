import BookFormat
import BookRuntime
import MarkupEscaping

/// Renders one chapter as the body of an HTML page: cmark's HTML for the prose, each cell
/// followed by what it printed and the figures it showed in this run, math left for KaTeX,
/// references turned into links, and every heading given an id and a permalink.
///
/// The recorded output blocks and figure image lines are skipped: the page shows the fresh
/// results, which `ganbook verify` checks against those records.
package struct PageRenderer: Sendable {
    /// What the references point at.
    package var labels: LabelIndex
    /// Which edition of the site the page belongs to, for ids and links.
    package var links: SiteLinks

    package init(labels: LabelIndex = LabelIndex(chapters: [], results: [:]),
                links: SiteLinks = SiteLinks(edition: .chapterPages, frontPage: nil)) {
        self.labels = labels
        self.links = links
    }

    /// On the whole book's page a solution's code is at the end of the book; this is the link
    /// that stands in its place.
    func solutionPointer(_ cell: Cell) -> String? {
        guard links.edition == .wholeBook, let part = cell.options.exercise, part.role == .solution else { return nil }
        return SolutionsAppendix.pointer(to: part.id)
    }

    /// The page's HTML alone.
    package func body(of chapter: Chapter, results: [CellResult]) -> String {
        render(chapter, results: results).html
    }

    package func render(_ chapter: Chapter, results: [CellResult]) -> RenderedChapter {
        let lifted = chapter.lifted, document = chapter.document
        let figures = numberedFigures(chapter, results)
        var headingIDs = HeadingIDs(reserved: figures.flatMap { $0 }.map(\.localID) + ["contents"])
        var html = ""
        var sections: [RenderedChapter.Section] = []
        var cells = zip(chapter.cells, results).makeIterator()
        let reference = { (label: Label) in self.link(to: label, from: chapter) }

        func addText(_ blockHTML: String) {
            guard !sections.isEmpty else { return }
            let text = lifted.plainText(HTMLText.plain(blockHTML), reference: reference)
            sections[sections.count - 1].text += (sections[sections.count - 1].text.isEmpty ? "" : " ") + text
        }

        for block in document.blocks {
            switch (BlockRole(block, slug: chapter.slug), block.kind) {
            case (.cell, _):
                guard let (cell, result) = cells.next() else { continue }
                let cellHTML = CellHTML.render(cell, result, figures: figures[cell.index].map {
                    CellHTML.NumberedFigure(figure: $0.figure, name: $0.name, id: links.id($0.localID, in: chapter.name))
                }, codeElsewhere: solutionPointer(cell))
                html += cellHTML
                addText(cellHTML)
            case (.output, _), (.figures, _):
                continue
            case let (.other, .heading(level, text, contentHTML)):
                let local = headingIDs.make(lifted.plainText(text, reference: reference))
                let id = HTML.escape(links.id(local, in: chapter.name))
                let title = lifted.inlineHTML(text, reference: reference)
                html += "<h\(level) id=\"\(id)\">" + contentHTML
                    + Self.permalink(id: id, title: lifted.plainText(text, reference: reference)) + "</h\(level)>\n"
                if level == 1, sections.isEmpty { html += runCommand(chapter) }
                sections.append(RenderedChapter.Section(
                    level: level, id: id, localID: local, titleHTML: title,
                    title: lifted.plainText(text, reference: reference), text: ""))
            case (.other, _):
                html += block.html
                addText(block.html)
            }
        }
        // Numbered by a table, not a search per equation, so a chapter of many stays linear.
        let ordinals = Dictionary(chapter.equationLabels.enumerated().map { ($1.label, $0 + 1) }, uniquingKeysWith: min)
        let restored = lifted.restore(in: html, equation: { label in
            guard let ordinal = ordinals[label] else { return nil }
            return MathLifter.EquationAnchor(
                id: links.id(label.description, in: chapter.name),
                number: "(\(LabelIndex.number(chapter: chapter.number, ordinal: ordinal)))")
        }, reference: reference)
        return RenderedChapter(chapter: chapter, html: restored, sections: sections)
    }

    /// The link a reference to `label` becomes on a page of `chapter`, if the label is known.
    func link(to label: Label, from chapter: Chapter) -> MathLifter.ReferenceLink? {
        guard let target = labels[label] else { return nil }
        return MathLifter.ReferenceLink(
            text: target.referenceText,
            href: links.href(to: label.description, in: target.chapterName, from: chapter.name))
    }

    /// The figures of each cell with their names ("Figure 3.2") and local anchors.
    private func numberedFigures(_ chapter: Chapter, _ results: [CellResult]) -> [[(figure: FigureResult, name: String, localID: String)]] {
        Chapter.numberedFigures(results).map { cellFigures in
            cellFigures.map { numbered in
                let name = "Figure " + LabelIndex.number(chapter: chapter.number, ordinal: numbered.ordinal)
                return (numbered.figure, name, numbered.figure.label.map { "fig:\($0)" } ?? "figure-\(numbered.ordinal)")
            }
        }
    }

    /// The permalink after a heading's text: a "#" shown on hover or focus, announced with the
    /// heading's title.
    static func permalink(id: String, title: String) -> String {
        " <a class=\"anchor\" href=\"#\(id)\" aria-label=\"Link to this section: \(HTML.escape(title))\">#</a>"
    }

    /// Under the chapter's title: the command that runs the chapter from the repository.
    private func runCommand(_ chapter: Chapter) -> String {
        "<p class=\"run-command\">Run this chapter: <code>swift run -c release ganbook run \(chapter.number)</code></p>\n"
    }
}

/// A chapter rendered for one page, with its sections for the navigation and the search.
package struct RenderedChapter: Sendable {
    package struct Section: Sendable, Equatable {
        package var level: Int
        /// The heading's id on this page.
        package var id: String
        /// The heading's id on the chapter's own page.
        package var localID: String
        /// The heading's content as inline HTML (math as spans, no links).
        package var titleHTML: String
        package var title: String
        /// The text under the heading up to the next heading, for the search index.
        package var text: String
    }

    package var chapter: Chapter
    package var html: String
    /// Every heading of the chapter in order, the title (level 1) first.
    package var sections: [Section]
}
