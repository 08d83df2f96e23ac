import BookFormat
import MarkupEscaping

/// The whole book on one page, for printing (or for reading offline in one go): a title, the
/// contents, then every chapter in order, each a section whose anchors carry the chapter's
/// name so that references and contents link within the page; then the solutions to the
/// exercises.
struct WholeBookPage {
    var bookTitle: String
    /// The chapters rendered for this page (`SiteLinks.Edition.wholeBook`).
    var chapters: [RenderedChapter]
    var links: SiteLinks

    var content: String {
        var html = "<header class=\"book-cover\">\n<h1 id=\"book\">\(HTML.escape(bookTitle))"
            + PageRenderer.permalink(id: "book", title: bookTitle) + "</h1>\n"
            + "<p>Every chapter on one page, to print or to save as a PDF from the browser's print "
            + "dialog. Each chapter also has a page of its own: start at the <a href=\"index.html\">front page</a>.</p>\n"
            + "</header>\n"
        html += Navigation(chapters: chapters, links: links).contents(chapters, contentsLinks: links, from: "")
        let solutions = SolutionsAppendix(chapters: chapters, links: links)
        if solutions.hasExercises {
            html += "<p class=\"toc-solutions\"><a href=\"#\(SolutionsAppendix.id)\">Solutions to the exercises</a></p>\n"
        }
        for rendered in chapters {
            let chapter = rendered.chapter
            html += "<section class=\"book-chapter\" id=\"\(chapter.name)\">\n"
            if chapter.number > 0 { html += "<p class=\"chapter-label\">Chapter \(chapter.number)</p>\n" }
            html += rendered.html + "</section>\n"
        }
        return html + solutions.html
    }
}
