import Foundation
import TestSupport
import Testing

/// The book's own chapters, through the built `ganbook`: the same code path as the command a
/// reader or author runs, each chapter in its own process.
@Suite("The book")
struct BookTests {
    let ganbook = TestPaths.products.appending(path: "ganbook")
    let chapters = TestPaths.packageRoot.appending(path: "chapters").path

    @Test func everyChapterMatchesItsRecordedOutputsAndFigures() throws {
        let run = try runProcess(ganbook, ["verify", "--chapters", chapters])
        #expect(run.status == 0, "ganbook verify reported:\n\(run.output)")
    }

    @Test func buildWritesFrontPageWithMathFiguresOutputsReferencesAndAssets() throws {
        let site = try TestPaths.temporaryFolder("ganbook-site").appending(path: "site")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let run = try runProcess(ganbook, ["build", "--chapters", chapters, "--output", site.path])
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
    /// twice with a cache of its own, the second time entirely from the cache. The first build
    /// runs every chapter, since its cache holds no result; it starts from the chapters'
    /// compiled programs of the default cache, when there are any, so as not to compile the
    /// book again (what a program computes does not depend on where it was compiled).
    @Test func buildFromTheCacheWritesTheSiteAFreshRunWritesByteForByte() throws {
        let folder = try TestPaths.temporaryFolder("ganbook-site-twice")
        defer { try? FileManager.default.removeItem(at: folder) }
        try copyCompiledChapters(to: folder.appending(path: "cache/programs"))
        let cache = ["--cache", folder.appending(path: "cache").path, "--chapters", chapters]
        /// The line `build` printed for each chapter, which ends in its time (with its compile
        /// time in parentheses when it was compiled) or in "cached".
        func chapterLines(_ run: ProcessResult) -> [Substring] {
            run.output.split(separator: "\n").filter { $0.hasPrefix(chapters + "/") }
        }
        let fresh = try runProcess(ganbook, ["build", "--output", folder.appending(path: "fresh").path] + cache)
        try #require(fresh.status == 0, "ganbook build reported:\n\(fresh.output)")
        #expect(!chapterLines(fresh).isEmpty && chapterLines(fresh).allSatisfy { $0.hasSuffix(" s") || $0.hasSuffix(" s)") }, "\(fresh.output)")
        let cached = try runProcess(ganbook, ["build", "--output", folder.appending(path: "cached").path] + cache)
        try #require(cached.status == 0, "ganbook build reported:\n\(cached.output)")
        #expect(chapterLines(cached).count == chapterLines(fresh).count
                && chapterLines(cached).allSatisfy { $0.hasSuffix(", cached") }, "\(cached.output)")

        let freshSite = try folderContents(folder.appending(path: "fresh"))
        let cachedSite = try folderContents(folder.appending(path: "cached"))
        #expect(freshSite.keys.sorted() == cachedSite.keys.sorted())
        for (name, bytes) in freshSite where cachedSite[name] != bytes {
            Issue.record("\(name) differs between the fresh and the cached build")
        }
    }

    /// Copies the compiled chapter programs of `ganbook`'s default cache (not its results, nor
    /// the compiler's module cache, which is tied to its folder) into `programs`.
    func copyCompiledChapters(to programs: URL) throws {
        let defaultPrograms = TestPaths.products.appending(path: "ganbook-cache/programs")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: defaultPrograms.path)) ?? []
        try FileManager.default.createDirectory(at: programs, withIntermediateDirectories: true)
        for name in names where name.first?.isNumber == true {
            try FileManager.default.copyItem(at: defaultPrograms.appending(path: name), to: programs.appending(path: name))
        }
    }
}
