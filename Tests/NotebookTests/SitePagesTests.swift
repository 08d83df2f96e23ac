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

        ### Exercise 1.1: The answer

        Return the answer.

        ```swift exercise-starter 1.1
        func answer() -> Int { 0 }
        ```

        ```swift exercise-solution 1.1
        func answer() -> Int { 42 }
        ```

        ```swift exercise-check 1.1
        check("the answer", answer(), equals: 42, hint: "think")
        ```
        """

    /// Writes the site and returns its folder; the caller removes it.
    func writeSite() throws -> URL {
        let one = try ChapterParser.parse(first, path: "chapters/00-first.md")
        let two = try ChapterParser.parse(second, path: "chapters/01-second.md")
        let runs = [BookSite.Run(chapter: one, results: []),
                    BookSite.Run(chapter: two, results: [CellResult(figures: [figure("Curve", label: "curve")])]
                        + Array(repeating: CellResult(), count: 3))]
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

    @Test func wholeBookPageKeepsTheSolutionsForItsEnd() throws {
        let folder = try writeSite()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let book = try read(folder, "book.html"), chapter = try read(folder, "01-second.html")
        // On the chapter's page, the solution is folded where it stands.
        #expect(chapter.contains("<summary>Show a solution</summary>"))
        #expect(chapter.contains("func answer() -&gt; Int { 42 }"))
        // On the whole book's page, a link stands in its place and the code is at the end.
        #expect(!book.contains("<summary>Show a solution</summary>"))
        let pointer = try #require(book.range(of: ##"<a href="#solution-1.1">A solution to exercise 1.1</a>"##))
        let appendix = try #require(book.range(of: #"<section class="book-solutions" id="solutions">"#))
        let solution = try #require(book.range(of: "func answer() -&gt; Int { 42 }"))
        #expect(pointer.upperBound < appendix.lowerBound && appendix.upperBound < solution.lowerBound)
        #expect(book.contains(##"<h3 id="solution-1.1"><a href="#01-second--exercise-1-1-the-answer">Exercise 1.1: The answer</a></h3>"##))
        #expect(book.contains(#"<h2 id="solutions-01-second">Chapter 1: Second chapter</h2>"#))
        #expect(book.contains(##"<p class="toc-solutions"><a href="#solutions">Solutions to the exercises</a></p>"##))
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
