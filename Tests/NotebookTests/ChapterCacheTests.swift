import BookFormat
import BookRuntime
import Foundation
import Notebook
import Plotting
import TestSupport
import Testing

/// The store of chapter runs: an entry is used only under its own key, a damaged one is a
/// miss, and what comes back is exactly what was stored.
@Suite("The chapter cache")
struct ChapterCacheTests {
    let chapter = try! ChapterParser.parse(ChapterCacheKeyTests.sample, path: "chapters/01-sample.md")
    let results = [CellResult(text: "1\n", seconds: 0.25), CellResult(text: "2\n", figures: [figure("Curve", label: "curve")])]

    func key(library: String = "library-1") -> ChapterCacheKey {
        ChapterCacheKey(chapter: chapter, libraryFingerprint: library)
    }

    /// A cache in a new temporary folder; the caller removes the folder.
    func temporaryCache() throws -> ChapterCache {
        ChapterCache(directory: try TestPaths.temporaryFolder("chapter-cache").appending(path: "cache"))
    }

    func cached(_ cache: ChapterCache, key: ChapterCacheKey? = nil) -> (results: [CellResult], strayOutput: String)? {
        guard case let .finished(results, strayOutput) = cache.outcome(for: chapter, key: key ?? self.key()) else { return nil }
        return (results, strayOutput)
    }

    @Test func storedRunComesBackWholeUnderItsKey() throws {
        let cache = try temporaryCache()
        defer { try? FileManager.default.removeItem(at: cache.directory.deletingLastPathComponent()) }
        #expect(cached(cache) == nil)
        try cache.store(results, strayOutput: "stray\n", for: chapter, key: key())
        let hit = try #require(cached(cache))
        #expect(hit.results == results)
        #expect(hit.strayOutput == "stray\n")
    }

    @Test func entryUnderAnotherKeyIsAMiss() throws {
        let cache = try temporaryCache()
        defer { try? FileManager.default.removeItem(at: cache.directory.deletingLastPathComponent()) }
        try cache.store(results, strayOutput: "", for: chapter, key: key(library: "library-1"))
        #expect(cached(cache, key: key(library: "library-2")) == nil)
    }

    @Test func damagedEntryIsAMissNotAnError() throws {
        let cache = try temporaryCache()
        defer { try? FileManager.default.removeItem(at: cache.directory.deletingLastPathComponent()) }
        try cache.store(results, strayOutput: "", for: chapter, key: key())
        let file = cache.entryFile(for: chapter)
        let whole = try Data(contentsOf: file)
        let entry = try JSONSerialization.jsonObject(with: whole) as! [String: Any]
        var oneCellShort = entry
        oneCellShort["results"] = Array((entry["results"] as! [Any]).dropLast())
        for damaged in [Data(), Data("{not json".utf8), whole.prefix(whole.count / 2), Data([0xFF, 0xFE, 0x00]),
                        try JSONSerialization.data(withJSONObject: oneCellShort)] {
            try damaged.write(to: file)
            #expect(cached(cache) == nil)
        }
        try FileManager.default.removeItem(at: file)
        try FileManager.default.createDirectory(at: file, withIntermediateDirectories: false)
        #expect(cached(cache) == nil)
    }

    @Test func newRunReplacesTheEntryAndLeavesNoOtherFile() throws {
        let cache = try temporaryCache()
        defer { try? FileManager.default.removeItem(at: cache.directory.deletingLastPathComponent()) }
        try cache.store(results, strayOutput: "", for: chapter, key: key(library: "library-1"))
        try cache.store(results.reversed(), strayOutput: "", for: chapter, key: key(library: "library-2"))
        #expect(cached(cache, key: key(library: "library-1")) == nil)
        #expect(cached(cache, key: key(library: "library-2"))?.results == results.reversed())
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.directory.path) == ["01-sample.json"])
    }

    @Test func defaultFolderIsNextToTheExecutableAndNamedAfterIt() {
        let folder = ChapterCache.defaultDirectory(for: URL(fileURLWithPath: "/work/.build/release/ganbook"))
        #expect(folder.path == "/work/.build/release/ganbook-cache")
    }

    /// The site written from a cached run is the site a fresh run writes, byte for byte: the
    /// entry keeps every character of the outputs and figures, and every bit of the numbers.
    @Test func siteFromACachedRunIsByteIdenticalToTheFreshOne() throws {
        let fresh = CellCapture.run({
            CellCapture.beginCell(0)
            CellCapture.print(["π ≈", Double.pi, 0.1 + 0.2, "tab\there", "<b>&\"quotes\"</b>", "é\u{301}"], separator: " ", terminator: "\n")
            CellCapture.beginCell(1)
            var panel = Panel(xLabel: "x", yLabel: "y")
            panel.line(x: [0, 0.1, 0.2, 0.3], y: [1e-300, 1.0 / 3, 2.0 / 3, .ulpOfOne])
            CellCapture.show(ShownFigure(Figure(panel, title: "Curve", caption: "A curve.", label: "curve")))
        }, chapterNumber: chapter.number) { _ in }
        let cache = try temporaryCache()
        let folder = cache.directory.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        try cache.store(fresh, strayOutput: "", for: chapter, key: key())
        let fromCache = try #require(cached(cache)).results
        #expect(fromCache == fresh)

        func writeSite(_ results: [CellResult], to name: String) throws -> [String: Data] {
            let labels = LabelIndex(chapters: [chapter], results: [chapter.path: results])
            let (site, problems) = BookSite.render([BookSite.Run(chapter: chapter, results: results)], labels: labels, bookTitle: "Test")
            #expect(problems.isEmpty, "\(problems)")
            try SiteWriter().write(site, to: folder.appending(path: name))
            return try folderContents(folder.appending(path: name))
        }
        let freshSite = try writeSite(fresh, to: "fresh-site")
        #expect(freshSite.keys.contains("index.html"))
        #expect(try writeSite(fromCache, to: "cached-site") == freshSite)
    }
}

/// A Plotting figure as `show` takes it; the book's chapter library makes `Figure` itself
/// conform, and these tests link no chapter library.
struct ShownFigure: CellFigure {
    var figure: Figure
    init(_ figure: Figure) { self.figure = figure }
    var title: String { figure.title }
    var caption: String { figure.caption }
    var label: String? { figure.label }
    var parameter: (name: String, values: [String], selected: Int)? { figure.parameter }
    func svg(idPrefix: String, standalone: Bool) -> String { figure.svg(idPrefix: idPrefix, standalone: standalone) }
}
