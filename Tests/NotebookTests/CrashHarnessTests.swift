import BookFormat
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

    /// A chapter file's bytes and the figure files it names, by URL relative to the chapters
    /// folder, with their bytes.
    struct Version: Equatable {
        var chapter: Data
        var figures: [String: Data]
    }

    /// The figure files `text` names (read by the chapter parser).
    static func namedFigures(_ text: Data) throws -> Set<String> {
        try ChapterParser.parse(String(decoding: text, as: UTF8.self), path: "chapters/02-figure.md").recordedFigureFiles
    }

    /// The file name the old version records figure `ordinal` with content `svg` under.
    static func oldFigureName(_ ordinal: Int, svg: String) -> String {
        "figures/figure/" + Chapter.figureFileName(ordinal, svg: svg)
    }

    /// Chapter 2 recorded by an older run: another output, a different first figure and a
    /// second figure the chapter no longer shows; `crash` stops an update of it somewhere.
    /// Right after the crash, the chapter must be the old version or the new one byte for
    /// byte, and every figure file it names must hold that same version's content; the next
    /// update must leave the new version, no figure file it does not name and no scratch file.
    static func checkUpdate(cache: URL = cache, crashing crash: (URL) throws -> Void) throws {
        let folder = try book()
        defer { try? FileManager.default.removeItem(at: folder) }
        let chapters = folder.appending(path: "chapters")
        let chapter = chapters.appending(path: "02-figure.md")
        let figures = chapters.appending(path: "figures/figure")
        let newText = try Data(contentsOf: chapter)
        let new = Version(chapter: newText, figures: try Dictionary(uniqueKeysWithValues: namedFigures(newText).map {
            ($0, try Data(contentsOf: chapters.appending(path: $0)))
        }))
        let oldSVGs = ["<svg id=\"old-1\"/>", "<svg id=\"old-2\"/>"]
        let oldURLs = oldSVGs.enumerated().map { oldFigureName($0.offset + 1, svg: $0.element) }
        let newURL = try #require(new.figures.keys.first)
        let oldText = String(decoding: newText, as: UTF8.self)
            .replacingOccurrences(of: "```output\n<script>alert(1)", with: "```output\n<script>alert(2)")
            .replacingOccurrences(of: "](\(newURL)){#fig:parabola}\n",
                                  with: "](\(oldURLs[0])){#fig:parabola}\n\n![Gone](\(oldURLs[1]))\n")
        let old = Version(chapter: Data(oldText.utf8),
                          figures: Dictionary(uniqueKeysWithValues: zip(oldURLs, oldSVGs.map { Data($0.utf8) })))
        try FileManager.default.removeItem(at: figures)
        try FileManager.default.createDirectory(at: figures, withIntermediateDirectories: true)
        try old.chapter.write(to: chapter)
        for (url, content) in old.figures { try content.write(to: chapters.appending(path: url)) }
        #expect(try namedFigures(old.chapter) == Set(old.figures.keys))

        try crash(folder)
        let left = try Data(contentsOf: chapter)
        let version = [old, new].first { $0.chapter == left }
        #expect(version != nil, "the chapter is neither the old nor the new version")
        if let version {
            #expect(try namedFigures(left) == Set(version.figures.keys))
            for (url, content) in version.figures {
                #expect((try? Data(contentsOf: chapters.appending(path: url))) == content,
                        "\(url) is missing or does not hold the content of the chapter's version")
            }
        }

        let next = try ganbook(["update", "2"], in: folder, cache: cache)
        #expect(next.status == 0, "\(next.output)")
        #expect(try Data(contentsOf: chapter) == new.chapter)
        #expect(try FileManager.default.contentsOfDirectory(atPath: figures.path).sorted()
            == new.figures.keys.map { URL(fileURLWithPath: $0).lastPathComponent }.sorted())
        for (url, content) in new.figures { #expect(try Data(contentsOf: chapters.appending(path: url)) == content) }
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
