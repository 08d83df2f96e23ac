import Foundation
import TestSupport
import Testing

private let straceExecutable = URL(fileURLWithPath: "/usr/bin/strace")

/// The crash harness without ganbook's own hooks: `strace` kills `update` and `build` at
/// their n-th rename, whichever call makes it, so the cases hold for any way of writing
/// files, and failed before the writes were made safe (Foundation's temporary files stayed in
/// chapters/, a kill between the site's two renames left no site). Only ganbook itself is
/// traced: strace counts calls per process, and a chapter process killed at its own rename
/// is merely a failed chapter. Skipped where strace is not installed.
@Suite("Crashes at the n-th rename, by strace", .serialized,
       .enabled(if: FileManager.default.isExecutableFile(atPath: straceExecutable.path)))
struct SyscallCrashTests {
    static let strace = straceExecutable

    /// Runs the fixture ganbook under strace, killed at its `n`-th rename of any kind.
    static func ganbook(_ arguments: [String], in folder: URL, killAtRename n: Int) throws -> ProcessResult {
        let calls = "rename,renameat,renameat2"
        return try runProcess(strace, ["-qq", "-o", "/dev/null", "-e", "trace=\(calls)",
                                       "-e", "inject=\(calls):signal=SIGKILL:when=\(n)", FixtureBook.executable.path]
                                  + arguments + ["--cache", CrashHarnessTests.cache.path], in: folder)
    }

    @Test(arguments: 1...5)
    func updateKilledAtTheNthRenameLeavesTheOldOrTheNewChapter(n: Int) throws {
        let folder = try CrashHarnessTests.book()
        defer { try? FileManager.default.removeItem(at: folder) }
        let chapter = folder.appending(path: "chapters/02-figure.md")
        let new = try Data(contentsOf: chapter)
        let old = Data(String(decoding: new, as: UTF8.self).replacingOccurrences(of: "<script>alert(1)</script>\n```",
                                                                                 with: "<script>alert(2)</script>\n```").utf8)
        try old.write(to: chapter)
        try Data("<svg/>".utf8).write(to: folder.appending(path: "chapters/figures/figure/figure-1.svg"))

        _ = try Self.ganbook(["update", "2", "--force"], in: folder, killAtRename: n)
        let left = try Data(contentsOf: chapter)
        #expect(left == old || left == new)

        let next = try CrashHarnessTests.ganbook(["update", "2"], in: folder)
        #expect(next.status == 0, "\(next.output)")
        #expect(try Data(contentsOf: chapter) == new)
        #expect(CrashHarnessTests.strays(folder).isEmpty, "\(CrashHarnessTests.strays(folder))")
    }

    @Test(arguments: 1...2)
    func buildKilledAtTheNthRenameLeavesTheOldOrTheNewSite(n: Int) throws {
        let folder = try CrashHarnessTests.book()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appending(path: "site")
        #expect(try CrashHarnessTests.ganbook(["build"], in: folder).status == 0)
        let old = try folderContents(site)
        let chapter = folder.appending(path: "chapters/01-hidden-cell.md")
        try (String(contentsOf: chapter, encoding: .utf8) + "\nA new paragraph.\n").write(to: chapter, atomically: true, encoding: .utf8)

        _ = try Self.ganbook(["build"], in: folder, killAtRename: n)
        let left = try folderContents(site)

        #expect(try CrashHarnessTests.ganbook(["build"], in: folder).status == 0)
        let new = try folderContents(site)
        #expect(left == old || left == new)
        #expect(CrashHarnessTests.strays(folder).isEmpty, "\(CrashHarnessTests.strays(folder))")
    }
}
