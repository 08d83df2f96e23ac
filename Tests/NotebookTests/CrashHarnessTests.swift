import Foundation
import TestSupport
import Testing

/// `update` and `build` of the fixture book stopped dead (`GANBOOK_CRASH_AT`, an `_exit` at a
/// named step) before and after each rename they make: whatever is left is the old version
/// or the new one, whole, and the next run succeeds and leaves no stray file.
@Suite("Crashes at every rename", .serialized)
struct CrashHarnessTests {
    /// One cache for this suite's cases, so the fixture chapters are compiled once; suites that
    /// run alongside have their own, whose scratch files would otherwise show up as strays.
    static let cache = try! TestPaths.temporaryFolder("crash-cache")

    /// The fixture chapters that finish, in a fresh folder.
    static func book() throws -> URL {
        let folder = try FixtureBook.copyChapters()
        for trouble in ["03-trap.md", "04-hang.md"] {
            try FileManager.default.removeItem(at: folder.appending(path: "chapters/\(trouble)"))
        }
        return folder
    }

    static func ganbook(_ arguments: [String], in folder: URL, cache: URL = cache, crashAt step: String? = nil) throws -> ProcessResult {
        try RunningProcess(FixtureBook.executable, arguments + ["--cache", cache.path], in: folder,
                           environment: step.map { ["GANBOOK_CRASH_AT": $0] } ?? [:]).finish()
    }

    /// Scratch files and hidden leftovers anywhere under `folder` or in the cache.
    static func strays(_ folder: URL, cache: URL = cache) -> [String] {
        let names = (FileManager.default.subpaths(atPath: folder.path) ?? [])
            + ((try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? [])
        return names.filter { URL(fileURLWithPath: $0).lastPathComponent.hasPrefix(".") && !$0.hasSuffix(".ganbook-site") }
    }

    /// Chapter 2 with an old output record, an old figure and a stale one; `crash` stops an
    /// update of it somewhere. The chapter must be whole, old or new, and the next update must
    /// restore every file and leave nothing else.
    static func checkUpdate(cache: URL = cache, crashing crash: (URL) throws -> Void) throws {
        let folder = try book()
        defer { try? FileManager.default.removeItem(at: folder) }
        let chapter = folder.appending(path: "chapters/02-figure.md")
        let figures = folder.appending(path: "chapters/figures/figure")
        let new = try Data(contentsOf: chapter), newFigure = try Data(contentsOf: figures.appending(path: "figure-1.svg"))
        let old = Data(String(decoding: new, as: UTF8.self).replacingOccurrences(of: "```output\n<script>alert(1)",
                                                                                 with: "```output\n<script>alert(2)").utf8)
        try old.write(to: chapter)
        try Data("<svg/>".utf8).write(to: figures.appending(path: "figure-1.svg"))
        try Data("<svg/>".utf8).write(to: figures.appending(path: "figure-2.svg"))

        try crash(folder)
        let left = try Data(contentsOf: chapter)
        #expect(left == old || left == new)

        let next = try ganbook(["update", "2"], in: folder, cache: cache)
        #expect(next.status == 0, "\(next.output)")
        #expect(try Data(contentsOf: chapter) == new)
        #expect(try FileManager.default.contentsOfDirectory(atPath: figures.path) == ["figure-1.svg"])
        #expect(try Data(contentsOf: figures.appending(path: "figure-1.svg")) == newFigure)
        #expect(strays(folder, cache: cache).isEmpty, "\(strays(folder, cache: cache))")
    }

    /// A built site, then a prose edit and a build that `crash` stops somewhere: the site must
    /// be the old one or the new one, whole, and the next build must leave nothing else.
    static func checkBuild(cache: URL = cache, crashing crash: (URL) throws -> Void) throws {
        let folder = try book()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appending(path: "site")
        #expect(try ganbook(["build"], in: folder, cache: cache).status == 0)
        let old = try folderContents(site)
        let chapter = folder.appending(path: "chapters/01-hidden-cell.md")
        try (String(contentsOf: chapter, encoding: .utf8) + "\nA new paragraph.\n").write(to: chapter, atomically: true, encoding: .utf8)

        try crash(folder)
        let left = try folderContents(site)

        #expect(try ganbook(["build"], in: folder, cache: cache).status == 0)
        let new = try folderContents(site)
        #expect(old != new)
        #expect(left == old || left == new)
        #expect(strays(folder, cache: cache).isEmpty, "\(strays(folder, cache: cache))")
    }

    @Test(arguments: ["cache-entry", "update-figure", "update-chapter", "update-stale-figure"])
    func updateKilledAtAStepLeavesTheOldOrTheNewChapter(step: String) throws {
        try Self.checkUpdate { folder in
            let crashed = try Self.ganbook(["update", "2", "--force"], in: folder, crashAt: step)
            #expect(crashed.status == 137, "\(crashed.output)")
        }
    }

    @Test(arguments: ["site-exchange", "site-remove-old"])
    func buildKilledAtAStepLeavesTheOldOrTheNewSite(step: String) throws {
        try Self.checkBuild { folder in
            let crashed = try Self.ganbook(["build"], in: folder, crashAt: step)
            #expect(crashed.status == 137, "\(crashed.output)")
        }
    }

    @Test func firstBuildKilledAtItsRenameLeavesNoHalfSite() throws {
        let folder = try Self.book()
        defer { try? FileManager.default.removeItem(at: folder) }
        let crashed = try Self.ganbook(["build"], in: folder, crashAt: "site-rename")
        #expect(crashed.status == 137, "\(crashed.output)")
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "site").path))
        #expect(try Self.ganbook(["build"], in: folder).status == 0)
        #expect(Self.strays(folder).isEmpty, "\(Self.strays(folder))")
    }
}
