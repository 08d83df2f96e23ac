import BookFormat
import BookRuntime
import Foundation
import Notebook
import TestSupport
import Testing

/// The pages of a small two-chapter site, written to a temporary folder: navigation, the
/// whole-book page, the search index, the assets.
@Suite("The site's pages")
struct SitePagesTests {
    let first = """
        # First chapter

        Intro text.

        ## Getting started

        See @fig:curve in the next chapter.
        """
    let second = """
        # Second chapter

        ## Drawing

        ```swift
        show(figure)
        ```

        ## Looking closer

        Words about xylophones.
        """

    /// Writes the site and returns its folder; the caller removes it.
    func writeSite() throws -> URL {
        let one = try ChapterParser.parse(first, path: "chapters/00-first.md")
        let two = try ChapterParser.parse(second, path: "chapters/01-second.md")
        let runs = [BookSite.Run(chapter: one, results: []),
                    BookSite.Run(chapter: two, results: [CellResult(figures: [figure("Curve", label: "curve")])])]
        let labels = LabelIndex(chapters: [one, two], results: [one.path: [], two.path: runs[1].results])
        let (site, problems) = BookSite.render(runs, labels: labels, bookTitle: "Test book")
        #expect(problems.isEmpty, "\(problems)")
        let folder = try TestPaths.temporaryFolder("site-pages").appending(path: "site")
        try SiteWriter().write(site, to: folder)
        return folder
    }

    func read(_ folder: URL, _ name: String) throws -> String {
        try String(contentsOf: folder.appending(path: name), encoding: .utf8)
    }

    @Test func sidebarMarksTheCurrentChapterAndListsItsSections() throws {
        let folder = try writeSite()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let page = try read(folder, "01-second.html")
        #expect(page.contains(#"<a href="01-second.html" aria-current="page"><span class="number">1</span> <span>Second chapter</span></a>"#))
        #expect(page.contains(##"<li><a href="#drawing">Drawing</a></li>"##))
        #expect(page.contains(##"<li><a href="#looking-closer">Looking closer</a></li>"##))
        #expect(!page.contains(##"href="#getting-started""##))
    }

    @Test func previousAndNextLinksAreInThePageAndTheHead() throws {
        let folder = try writeSite()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let index = try read(folder, "index.html"), second = try read(folder, "01-second.html")
        #expect(index.contains(#"<link rel="next" href="01-second.html">"#))
        #expect(index.contains(#"rel="next" href="01-second.html"><span class="pager-label">Next</span>"#))
        #expect(second.contains(#"<link rel="prev" href="index.html">"#))
        #expect(!second.contains(#"rel="next""#))
    }

    @Test func everyHeadingHasAPermalinkAndEveryChapterItsRunCommand() throws {
        let folder = try writeSite()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let page = try read(folder, "01-second.html")
        #expect(page.contains(##"<h2 id="drawing">Drawing <a class="anchor" href="#drawing" aria-label="Link to this section: Drawing">#</a></h2>"##))
        #expect(page.contains("<code>swift run -c release ganbook run 1</code>"))
    }

    @Test func frontPageEndsWithTheContentsAndLinksAcrossChapters() throws {
        let folder = try writeSite()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let index = try read(folder, "index.html")
        #expect(index.contains(#"<a class="reference" href="01-second.html#fig:curve">Figure 1.1</a>"#))
        #expect(index.contains(#"<li><a href="01-second.html#looking-closer">Looking closer</a></li>"#))
    }

    @Test func wholeBookPageHoldsEveryChapterWithItsOwnAnchors() throws {
        let folder = try writeSite()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let book = try read(folder, "book.html")
        #expect(book.contains(#"<section class="book-chapter" id="00-first">"#))
        #expect(book.contains(#"<section class="book-chapter" id="01-second">"#))
        #expect(book.contains(#"<h2 id="01-second--drawing">"#))
        #expect(book.contains(##"<a class="reference" href="#01-second--fig:curve">Figure 1.1</a>"##))
        #expect(book.contains(#"<a href="book.html" aria-current="page">"#))
        #expect(book.contains(#"<link rel="stylesheet" href="assets/print.css" media="print">"#))
    }

    @Test func searchIndexHasASectionPerHeadingWithItsText() throws {
        let folder = try writeSite()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let index = try read(folder, "assets/search-index.js")
        #expect(index.hasPrefix("// Written by ganbook build"))
        #expect(index.contains(#"{"chapter":"1 · Second chapter","text":"Words about xylophones.","title":"Looking closer","url":"01-second.html#looking-closer"}"#))
        #expect(index.contains(#""text":"See Figure 1.1 in the next chapter.""#))
    }

    @Test func highlightJSWithSwiftIsCopiedIntoTheSite() throws {
        let folder = try writeSite()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let script = try read(folder, "assets/highlight/highlight.min.js")
        #expect(script.contains("registerLanguage(\"swift\""))
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.appending(path: "assets/highlight/highlight.min.js").path)
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
    }
}
