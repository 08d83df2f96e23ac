import Foundation
import TestSupport
import Testing

/// The fixture book (Tests/FixtureBook) run as a reader or author would run ganbook: as a
/// separate process, through the same commands.
enum FixtureBook {
    static let sourceChapters = TestPaths.packageRoot.appending(path: "Tests/FixtureBook/chapters")
    static let executable = TestPaths.products.appending(path: "FixtureBook")

    static func run(_ arguments: [String], in directory: URL? = nil) throws -> ProcessResult {
        try runProcess(executable, arguments, in: directory)
    }

    /// The fixture book's one recorded figure file, relative to the chapters folder (its name
    /// carries a hash of its content, so it is looked up rather than spelled out).
    static let figure = "figures/figure/" + (try! FileManager.default.contentsOfDirectory(
        atPath: sourceChapters.appending(path: "figures/figure").path)).first { $0.hasSuffix(".svg") }!

    /// A fresh copy of the fixture chapters in a temporary folder, as `<folder>/chapters`.
    static func copyChapters() throws -> URL {
        let folder = try TestPaths.temporaryFolder("fixture-book")
        try FileManager.default.copyItem(at: sourceChapters, to: folder.appending(path: "chapters"))
        return folder
    }
}

@Suite("The fixture book, run as a separate process", .serialized)
struct FixtureBookTests {
    @Test func hiddenCellAndFigureChaptersVerify() throws {
        let run = try FixtureBook.run(["verify", "1", "2", "--chapters", FixtureBook.sourceChapters.path])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("01-hidden-cell.md  2 cells, 0 figures"))
        #expect(run.output.contains("02-figure.md  1 cell, 1 figure"))
    }

    @Test func trappingCellIsReportedWithChapterCellAndLine() throws {
        let run = try FixtureBook.run(["verify", "trap", "--chapters", FixtureBook.sourceChapters.path])
        #expect(run.status == 1)
        #expect(run.output.contains("03-trap.md:14: error: cell 2 trapped"), "\(run.output)")
        #expect(run.output.contains("Fatal error: the fixture traps on purpose"))
    }

    @Test func hangingCellIsStoppedAtTheTimeLimitAndReported() throws {
        let start = Date()
        let run = try FixtureBook.run(["verify", "4", "--timeout", "2", "--chapters", FixtureBook.sourceChapters.path])
        #expect(run.status == 1)
        #expect(run.output.contains("04-hang.md:12: error: cell 2 did not finish within 2.0 s"), "\(run.output)")
        #expect(Date().timeIntervalSince(start) < 60)
    }

    @Test func everyChapterRunsAndEveryProblemIsReportedAtOnce() throws {
        let run = try FixtureBook.run(["verify", "--timeout", "2", "--chapters", FixtureBook.sourceChapters.path])
        #expect(run.status == 1)
        #expect(run.output.contains("ok    \(FixtureBook.sourceChapters.path)/01-hidden-cell.md"))
        #expect(run.output.contains("ok    \(FixtureBook.sourceChapters.path)/02-figure.md"))
        #expect(run.output.contains("03-trap.md:14: error"))
        #expect(run.output.contains("04-hang.md:12: error"))
        #expect(run.output.contains("2 passed, 2 failed"))
    }

    @Test func changedRecordFailsVerifyWithADiffAndUpdateRestoresItByteForByte() throws {
        let folder = try FixtureBook.copyChapters()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "chapters/01-hidden-cell.md")
        let original = try Data(contentsOf: file)
        let text = String(decoding: original, as: UTF8.self)
        try Data(text.replacingOccurrences(of: "hidden cell saw 43", with: "hidden cell saw 44").utf8).write(to: file)

        let verify = try FixtureBook.run(["verify", "1"], in: folder)
        #expect(verify.status == 1)
        #expect(verify.output.contains("chapters/01-hidden-cell.md:20: output of cell 2 differs from its record"), "\(verify.output)")
        #expect(verify.output.contains("-hidden cell saw 44\n+hidden cell saw 43"))

        let update = try FixtureBook.run(["update", "1"], in: folder)
        #expect(update.status == 0, "\(update.output)")
        #expect(update.output.contains("chapters/01-hidden-cell.md:20: recorded the output of cell 2"))
        #expect(try Data(contentsOf: file) == original)
    }

    @Test func missingRecordIsAFailureAndIsNotWrittenByVerify() throws {
        let folder = try FixtureBook.copyChapters()
        defer { try? FileManager.default.removeItem(at: folder) }
        let figure = folder.appending(path: "chapters/" + FixtureBook.figure)
        try FileManager.default.removeItem(at: figure)
        let verify = try FixtureBook.run(["verify", "2"], in: folder)
        #expect(verify.status == 1)
        #expect(verify.output.contains("figure file \(FixtureBook.figure) is missing"), "\(verify.output)")
        #expect(!FileManager.default.fileExists(atPath: figure.path))
    }

    @Test func failedBuildLeavesThePreviousSiteUntouched() throws {
        let folder = try FixtureBook.copyChapters()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appending(path: "site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try Data("previous".utf8).write(to: site.appending(path: "index.html"))

        let build = try FixtureBook.run(["build", "--timeout", "2"], in: folder)
        #expect(build.status == 1)
        #expect(build.output.contains("03-trap.md:14: error"))
        #expect(build.output.contains("site/ keeps its previous content"))
        #expect(try String(contentsOf: site.appending(path: "index.html"), encoding: .utf8) == "previous")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".site") }
        #expect(leftovers.isEmpty)
    }

    /// Chapters are compiled when they run, not into the executable, so the book is whatever
    /// the chapters folder holds: removing the two failing chapters gives a book that builds.
    @Test func theBookIsWhatTheChaptersFolderHolds() throws {
        let folder = try FixtureBook.copyChapters()
        defer { try? FileManager.default.removeItem(at: folder) }
        for trouble in ["03-trap.md", "04-hang.md"] {
            try FileManager.default.removeItem(at: folder.appending(path: "chapters/\(trouble)"))
        }
        let build = try FixtureBook.run(["build"], in: folder)
        #expect(build.status == 0, "\(build.output)")
        #expect(build.output.contains("wrote site/index.html, 2 chapter pages"), "\(build.output)")
    }

    @Test func danglingReferenceFailsVerifyAndBuildAtItsLine() throws {
        let folder = try FixtureBook.copyChapters()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "chapters/02-figure.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "@fig:parabola draws", with: "@fig:parabol draws").utf8).write(to: file)
        let message = "chapters/02-figure.md:17: error: @fig:parabol refers to no figure of the book; did you mean @fig:parabola?"

        let verify = try FixtureBook.run(["verify", "2"], in: folder)
        #expect(verify.status == 1)
        #expect(verify.output.contains(message), "\(verify.output)")

        // The build reports it together with the chapters that trap and hang.
        let build = try FixtureBook.run(["build", "--timeout", "2"], in: folder)
        #expect(build.status == 1)
        #expect(build.output.contains(message), "\(build.output)")
        #expect(build.output.contains("03-trap.md:14: error"))
    }

    @Test func unknownChapterIsBadUsage() throws {
        let run = try FixtureBook.run(["run", "99", "--chapters", FixtureBook.sourceChapters.path])
        #expect(run.status == 2)
        #expect(run.output.contains("no chapter '99'"))
        let badOption = try FixtureBook.run(["verify", "--no-such-option"])
        #expect(badOption.status == 2)
    }

    @Test func runPrintsCellsOutputsAndFigurePaths() throws {
        let folder = try FixtureBook.copyChapters()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try FixtureBook.run(["run", "figure", "--figures", "out"], in: folder)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("── cell 1 · chapters/02-figure.md:4"))
        #expect(run.output.contains("<script>alert(1)</script>"))
        #expect(run.output.contains("figure 1: out/figure-1.svg  (A parabola)"))
        #expect(FileManager.default.fileExists(atPath: folder.appending(path: "out/figure-1.svg").path))
    }
}
