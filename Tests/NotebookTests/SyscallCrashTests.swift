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
    static let cache = try! TestPaths.temporaryFolder("strace-crash-cache")

    /// Runs the fixture ganbook under strace, killed at its `n`-th rename of any kind.
    static func ganbook(_ arguments: [String], in folder: URL, killAtRename n: Int) throws -> ProcessResult {
        let calls = "rename,renameat,renameat2"
        return try runProcess(strace, ["-qq", "-o", "/dev/null", "-e", "trace=\(calls)",
                                       "-e", "inject=\(calls):signal=SIGKILL:when=\(n)", FixtureBook.executable.path]
                                  + arguments + ["--cache", cache.path], in: folder)
    }

    @Test(arguments: 1...4)
    func updateKilledAtTheNthRenameLeavesTheOldOrTheNewChapter(n: Int) throws {
        try CrashHarnessTests.checkUpdate(cache: Self.cache) { folder in
            _ = try Self.ganbook(["update", "2", "--force"], in: folder, killAtRename: n)
        }
    }

    @Test(arguments: 1...2)
    func buildKilledAtTheNthRenameLeavesTheOldOrTheNewSite(n: Int) throws {
        try CrashHarnessTests.checkBuild(cache: Self.cache) { folder in
            _ = try Self.ganbook(["build"], in: folder, killAtRename: n)
        }
    }
}
