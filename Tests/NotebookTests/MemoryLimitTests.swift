import Foundation
import Notebook
import TestSupport
import Testing

@Suite("The chapter's memory limit")
struct MemoryLimitTests {
    /// A chapter that allocates without end fails as a chapter, at its cell, under a small limit.
    @Test func unboundedAllocationFailsAsOutOfMemoryAtItsCell() throws {
        let folder = try CrashHarnessTests.book()
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
            # Greedy

            ```swift
            print("before")
            ```

            ```swift
            var blocks: [[UInt8]] = []
            while true { blocks.append([UInt8](repeating: 1, count: 1 << 24)) }
            ```

            """.write(to: folder.appending(path: "chapters/05-greedy.md"), atomically: true, encoding: .utf8)
        let run = try RunningProcess(FixtureBook.executable, ["verify", "5", "--cache", CrashHarnessTests.cache.path],
                                     in: folder, environment: [MemoryLimit.variable: "256M"]).finish()
        #expect(run.status == 1)
        #expect(run.output.contains("05-greedy.md:8: error: cell 2 ran out of memory in chapter 5 (the limit is 256 MiB"),
                "\(run.output)")
    }

    /// A chapter ended by a SIGKILL from outside ganbook (here it sends it itself, as the
    /// kernel's out-of-memory killer would) is not said to have trapped: the report says who
    /// most likely killed it, with the chapter's memory limit, and what to do.
    @Test func chapterKilledFromOutsideIsReportedAsMostLikelyTheOutOfMemoryKiller() throws {
        let folder = try CrashHarnessTests.book()
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
            # Killed

            ```swift
            print("before")
            ```

            ```swift
            kill(getpid(), SIGKILL)
            ```

            """.write(to: folder.appending(path: "chapters/05-killed.md"), atomically: true, encoding: .utf8)
        let run = try RunningProcess(FixtureBook.executable, ["verify", "5", "--cache", CrashHarnessTests.cache.path],
                                     in: folder, environment: [MemoryLimit.variable: "256M"]).finish()
        #expect(run.status == 1)
        #expect(run.output.contains("05-killed.md:8: error: cell 2 was killed by signal 9 (SIGKILL) from outside "
            + "ganbook, most likely by the kernel's out-of-memory killer"), "\(run.output)")
        #expect(run.output.contains("its memory limit is 256 MiB (\(MemoryLimit.variable))"), "\(run.output)")
        #expect(!run.output.contains("trapped"), "\(run.output)")
    }

    @Test func limitIsReadFromTheEnvironment() throws {
        #expect(try MemoryLimit.fromEnvironment([:]) == .standard)
        #expect(MemoryLimit.standard.description == "4 GiB")
        #expect(try MemoryLimit.fromEnvironment([MemoryLimit.variable: "512M"]).bytes == 512 << 20)
        #expect(try MemoryLimit.fromEnvironment([MemoryLimit.variable: "none"]).bytes == nil)
        #expect(throws: MemoryLimitError.self) { try MemoryLimit.fromEnvironment([MemoryLimit.variable: "lots"]) }
    }
}
