import BookFormat
import BookRuntime
import MarkupEscaping

/// The book rendered for the site: every chapter twice, once for its own page and once for the
/// page that holds the whole book, with references resolved against the book's labels.
package struct BookSite: Sendable {
    /// A chapter and what its cells produced in this run.
    package struct Run: Sendable {
        package var chapter: Chapter
        package var results: [CellResult]
        package init(chapter: Chapter, results: [CellResult]) {
            self.chapter = chapter
            self.results = results
        }
    }

    package var bookTitle: String
    /// For the chapter pages, in book order; the first is the front page.
    package var chapters: [RenderedChapter] = []
    /// For the whole book's page.
    package var wholeBook: [RenderedChapter] = []
    package var links: SiteLinks

    /// Renders `runs` (in book order). Every problem is returned, not just the first: a chapter
    /// whose Markdown does not render, a reference to no label, a label used twice.
    package static func render(_ runs: [Run], labels: LabelIndex, bookTitle: String) -> (site: BookSite, problems: [ChapterDiagnostic]) {
        let pageLinks = SiteLinks(edition: .chapterPages, frontPage: runs.first?.chapter.name)
        var bookLinks = pageLinks
        bookLinks.edition = .wholeBook
        var site = BookSite(bookTitle: bookTitle, links: pageLinks)
        var problems: [ChapterDiagnostic] = []
        for run in runs {
            problems += labels.problems(in: run.chapter)
            site.chapters.append(PageRenderer(labels: labels, links: pageLinks).render(run.chapter, results: run.results))
            site.wholeBook.append(PageRenderer(labels: labels, links: bookLinks).render(run.chapter, results: run.results))
        }
        return (site, problems)
    }

    package init(bookTitle: String, links: SiteLinks = SiteLinks(edition: .chapterPages, frontPage: nil)) {
        self.bookTitle = bookTitle
        self.links = links
    }

    /// Every HTML page of the site and the search index, by file name.
    package func files(theme: Theme) throws -> [(name: String, text: String)] {
        let navigation = Navigation(chapters: chapters, links: links)
        var files: [(String, String)] = []
        if chapters.isEmpty {
            files.append(("index.html", theme.render(Theme.Page(
                title: bookTitle, bookTitle: bookTitle, navigation: navigation.sidebar(current: nil),
                content: "<h1 id=\"book\">\(HTML.escape(bookTitle))</h1>\n<p>This book has no chapters yet.</p>"))))
        }
        for (position, rendered) in chapters.enumerated() {
            var content = rendered.html
            if position == 0 { content += navigation.contents(chapters, contentsLinks: links, from: rendered.chapter.name) }
            let pager = navigation.pager(position)
            files.append((links.fileName(ofChapter: rendered.chapter.name), theme.render(Theme.Page(
                title: position == 0 ? bookTitle : "\(rendered.chapter.title) · \(bookTitle)",
                bookTitle: bookTitle, head: pager.head, navigation: navigation.sidebar(current: position),
                content: content, pager: pager.body))))
        }
        var bookLinks = links
        bookLinks.edition = .wholeBook
        files.append((SiteLinks.wholeBookFile, theme.render(Theme.Page(
            title: "The whole book · \(bookTitle)", bookTitle: bookTitle,
            navigation: navigation.sidebar(current: nil),
            content: WholeBookPage(bookTitle: bookTitle, chapters: wholeBook, links: bookLinks).content))))
        files.append(("assets/search-index.js", try SearchIndex(chapters, links: links).script()))
        try requireNoPlaceholders(in: files)
        return files
    }

    /// A last check before anything is written: a reserved character left in a page is a
    /// placeholder that was not restored, and a page showing it would be wrong, so the build
    /// fails rather than publish it. `ChapterParser` keeps chapters from holding any, so this
    /// is a bug in the engine if it ever fires.
    private func requireNoPlaceholders(in files: [(name: String, text: String)]) throws(BookError) {
        for file in files {
            guard let scalar = file.text.unicodeScalars.first(where: ReservedCharacters.range.contains) else { continue }
            throw BookError(["error: \(file.name) holds the reserved character U+\(String(scalar.value, radix: 16, uppercase: true)), "
                + "a placeholder for math or a reference that was not put back; the site was not written"])
        }
    }
}
