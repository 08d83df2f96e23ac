import Foundation
import TestSupport
import Testing

/// The book's own chapters, through the built `ganbook`: the same code path as the command a
/// reader or author runs, each chapter in its own process.
@Suite("The book")
struct BookTests {
    /// The results checked are those of `FreshBook`, the chapters run afresh in this test
    /// process; verify finds every one in that cache, so none runs twice.
    @Test func everyChapterMatchesItsRecordedOutputsAndFigures() throws {
        let fresh = try FreshBook.shared.get()
        let run = try Ganbook.run(["verify", "--cache", fresh.cache.path])
        #expect(run.status == 0, "ganbook verify reported:\n\(run.output)")
    }

    @Test func buildWritesFrontPageWithMathFiguresOutputsReferencesAndAssets() throws {
        let site = try TestPaths.temporaryFolder("ganbook-site").appending(path: "site")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let run = try Ganbook.run(["build", "--output", site.path])
        try #require(run.status == 0, "ganbook build reported:\n\(run.output)")

        // The first chapter is the front page, followed by the contents.
        let index = try String(contentsOf: site.appending(path: "index.html"), encoding: .utf8)
        #expect(index.contains("<html lang=\"en\""))
        #expect(index.contains("<h1 id=\"what-a-generative-model-is\">"))
        #expect(index.contains("class=\"math display\""))
        #expect(index.contains("<svg class=\"figure\""))
        #expect(index.contains("<pre class=\"cell-output\""))
        #expect(index.contains("<h2 id=\"contents\">Contents"))
        // Figures are numbered and referred to by their labels.
        #expect(index.contains(##"<a class="reference" href="#fig:implicit-density">Figure 1</a>"##))
        #expect(index.contains("id=\"eq:square-density\""))
        for asset in ["assets/style.css", "assets/print.css", "assets/book.js", "assets/theme.js", "assets/navigation.js",
                      "assets/search.js", "assets/search-index.js", "assets/highlight/highlight.min.js",
                      "assets/katex/katex.min.js", "assets/katex/katex.min.css",
                      "assets/katex/fonts/KaTeX_Main-Regular.woff2", "book.html"] {
            #expect(FileManager.default.fileExists(atPath: site.appending(path: asset).path), "\(asset) is missing")
        }
    }

    /// The issue's promise that a cached build is bit-for-bit the fresh one: the book built
    /// twice with a cache of its own, the first time running every chapter (`FreshBook`), the
    /// second time entirely from the cache.
    @Test func buildFromTheCacheWritesTheSiteAFreshRunWritesByteForByte() throws {
        let fresh = try FreshBook.shared.get()
        let freshLines = FreshBook.chapterLines(fresh.output)
        #expect(!freshLines.isEmpty && freshLines.allSatisfy { $0.hasSuffix(" s") || $0.hasSuffix(" s)") }, "\(fresh.output)")
        let folder = try TestPaths.temporaryFolder("ganbook-site-cached")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cached = try Ganbook.run(["build", "--output", folder.appending(path: "cached").path, "--cache", fresh.cache.path])
        try #require(cached.status == 0, "ganbook build reported:\n\(cached.output)")
        let cachedLines = FreshBook.chapterLines(cached.output)
        #expect(cachedLines.count == freshLines.count && cachedLines.allSatisfy { $0.hasSuffix(", cached") }, "\(cached.output)")

        let freshSite = try folderContents(fresh.site)
        let cachedSite = try folderContents(folder.appending(path: "cached"))
        #expect(freshSite.keys.sorted() == cachedSite.keys.sorted())
        for (name, bytes) in freshSite where cachedSite[name] != bytes {
            Issue.record("\(name) differs between the fresh and the cached build")
        }
    }
}
