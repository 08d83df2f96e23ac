import Foundation
import TestSupport
import Testing

/// The chapter cache as ganbook's commands use it, through the fixture book run as a separate
/// process. Each test has its own copy of the chapters and its own cache folder.
@Suite("The chapter cache, through the fixture book", .serialized)
struct FixtureBookCacheTests {
    /// A fresh copy of the fixture chapters; the commands below keep their cache in its
    /// `cache` folder.
    let folder: URL

    init() throws {
        folder = try FixtureBook.copyChapters()
    }

    /// Runs a command of the fixture book in the copy, with the copy's cache.
    func run(_ arguments: [String]) throws -> ProcessResult {
        try FixtureBook.run(arguments + ["--cache", "cache"], in: folder)
    }

    func entry(_ chapter: String) -> URL {
        folder.appending(path: "cache/\(chapter).json")
    }

    /// Replaces `old` with `new` in the text of `file`.
    func edit(_ file: URL, _ old: String, _ new: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        try #require(text.contains(old), "\(file.lastPathComponent) does not contain \(old)")
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: file)
    }

    @Test func editingOnlyTheProseReusesTheRecordedRuns() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try run(["verify", "1", "2"])
        #expect(first.status == 0, "\(first.output)")
        #expect(!first.output.contains("cached"), "\(first.output)")

        // New lines above both cells move every line number of the chapter.
        try edit(folder.appending(path: "chapters/01-hidden-cell.md"), "A visible cell sets a value.",
                 "A visible cell sets a value,\nafter a paragraph that now\nspans three lines.\n\n## A new section")
        let second = try run(["verify", "1", "2"])
        #expect(second.status == 0, "\(second.output)")
        #expect(second.output.contains("chapters/01-hidden-cell.md  2 cells, 0 figures, cached"), "\(second.output)")
        #expect(second.output.contains("chapters/02-figure.md  1 cell, 1 figure, cached"), "\(second.output)")
    }

    @Test func aHitReturnsTheRecordedRunAndForceRunsAgainAndRewritesIt() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try run(["verify", "1"]).status == 0)
        try edit(entry("01-hidden-cell"), "hidden cell saw 43", "hidden cell saw 44")

        // The tampered entry is what a hit reports, so verify finds a difference...
        let hit = try run(["verify", "1"])
        #expect(hit.status == 1)
        #expect(hit.output.contains("-hidden cell saw 43\n+hidden cell saw 44"), "\(hit.output)")

        // ...until --force runs the chapter and records the real output again.
        let forced = try run(["verify", "1", "--force"])
        #expect(forced.status == 0, "\(forced.output)")
        #expect(!forced.output.contains("cached"))
        #expect(try String(contentsOf: entry("01-hidden-cell"), encoding: .utf8).contains("hidden cell saw 43"))
        #expect(try run(["verify", "1"]).output.contains("cached"))
    }

    @Test func entryRecordedUnderAnotherKeyIsRunAgain() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try run(["verify", "1"]).status == 0)
        // What a binary built from other library code finds: an entry under another key. It is
        // tampered with too, so using it would show as a difference.
        let text = try String(contentsOf: entry("01-hidden-cell"), encoding: .utf8)
        let key = try #require(text.firstMatch(of: /"key":"([0-9a-f]{64})"/)?.output.1)
        try edit(entry("01-hidden-cell"), String(key), String(String(key).reversed()))
        try edit(entry("01-hidden-cell"), "hidden cell saw 43", "hidden cell saw 44")

        let again = try run(["verify", "1"])
        #expect(again.status == 0, "\(again.output)")
        #expect(!again.output.contains("cached"))
        #expect(try String(contentsOf: entry("01-hidden-cell"), encoding: .utf8).contains("\"key\":\"\(key)\""))
    }

    @Test func damagedEntryIsRunAgainAndRewritten() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try run(["verify", "1"]).status == 0)
        try Data("{\"key\": \"half-writ".utf8).write(to: entry("01-hidden-cell"))

        let again = try run(["verify", "1"])
        #expect(again.status == 0, "\(again.output)")
        #expect(!again.output.contains("cached"))
        #expect(try run(["verify", "1"]).output.contains("01-hidden-cell.md  2 cells, 0 figures, cached"))
    }

    @Test func chapterThatTrapsOrHangsIsNeverCached() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        // Run twice: the second run traps again rather than reporting a recorded outcome.
        for _ in 0..<2 {
            let trap = try run(["verify", "trap"])
            #expect(trap.status == 1)
            #expect(trap.output.contains("03-trap.md:14: error: cell 2 trapped"), "\(trap.output)")
            #expect(!FileManager.default.fileExists(atPath: entry("03-trap").path))
        }
        let hang = try run(["verify", "hang", "--timeout", "2"])
        #expect(hang.status == 1)
        #expect(hang.output.contains("04-hang.md:12: error: cell 2 did not finish within 2.0 s"), "\(hang.output)")
        #expect(!FileManager.default.fileExists(atPath: entry("04-hang").path))
    }

    @Test func runTakesItsResultFromTheCacheAndWritesTheSameFigures() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try run(["run", "figure", "--figures", "fresh"])
        #expect(first.status == 0, "\(first.output)")
        let second = try run(["run", "figure", "--figures", "cached"])
        #expect(second.status == 0, "\(second.output)")
        #expect(second.output.contains("── 02-figure: 1 cell, 1 figure, cached"), "\(second.output)")
        let fresh = try folderContents(folder.appending(path: "fresh"))
        #expect(fresh.keys.sorted() == ["figure-1.svg"])
        #expect(try folderContents(folder.appending(path: "cached")) == fresh)
    }
}
