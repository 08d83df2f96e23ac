import Foundation
import TestSupport
import Testing

/// Two ganbooks writing the same chapters or site, and a site folder that is a link.
@Suite("Overlapping runs and linked output", .serialized)
struct OverlapTests {
    static let cache = try! TestPaths.temporaryFolder("overlap-cache")

    /// While another process holds the chapters folder, `update` says whom it waits for,
    /// waits, and then records as usual.
    @Test func updateWaitsForTheHolderOfTheChaptersFolderAndNamesIt() throws {
        let folder = try CrashHarnessTests.book()
        defer { try? FileManager.default.removeItem(at: folder) }
        let chapters = open(folder.appending(path: "chapters").path, O_RDONLY | O_DIRECTORY)
        #expect(flock(chapters, LOCK_EX) == 0)
        let update = try RunningProcess(FixtureBook.executable, ["update", "1", "--cache", Self.cache.path],
                                        in: folder)
        Thread.sleep(forTimeInterval: 1.5)
        close(chapters)
        let result = update.finish()
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("waiting for "), "\(result.output)")
        #expect(result.output.contains("(process \(getpid())), which is writing in "), "\(result.output)")
    }

    /// Two builds to one site at once both succeed, one after the other, and leave one whole site.
    @Test func twoBuildsOfOneSiteTakeTurns() throws {
        let folder = try CrashHarnessTests.book()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = ["build", "--cache", Self.cache.path]
        let builds = try (0..<2).map { _ in try RunningProcess(FixtureBook.executable, arguments, in: folder) }
        for build in builds {
            let result = build.finish()
            #expect(result.status == 0, "\(result.output)")
        }
        #expect(FileManager.default.fileExists(atPath: folder.appending(path: "site/index.html").path))
        #expect(CrashHarnessTests.strays(folder, cache: Self.cache).isEmpty)
    }

    /// `--output site` where site is a link: the site lands where it points, and the link stays.
    @Test func symlinkedOutputFolderStaysALink() throws {
        let folder = try CrashHarnessTests.book()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appending(path: "published")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appending(path: "site").path, withDestinationPath: "published")
        for _ in 0..<2 {
            let build = try CrashHarnessTests.ganbook(["build"], in: folder, cache: Self.cache)
            #expect(build.status == 0, "\(build.output)")
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.appending(path: "site").path) == "published")
        #expect(FileManager.default.fileExists(atPath: target.appending(path: "index.html").path))
    }

    @Test func linkToNothingIsRefusedWithWhatToDo() throws {
        let folder = try CrashHarnessTests.book()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.appending(path: "site").path, withDestinationPath: "gone")
        let build = try CrashHarnessTests.ganbook(["build"], in: folder, cache: Self.cache)
        #expect(build.status == 1)
        #expect(build.output.contains("site is a symbolic link to gone, which does not exist; create that folder"), "\(build.output)")
    }
}
