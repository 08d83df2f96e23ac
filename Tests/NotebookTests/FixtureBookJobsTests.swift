import Foundation
import TestSupport
import Testing

/// Chapters run at once (`--jobs 2`) against one after another (`--jobs 1`), through the
/// fixture book: a chapter that passes, one whose record differs, one that traps and one that
/// hangs until the time limit. With two jobs the hanging chapter starts first and finishes
/// last, and the others finish in reverse, so reporting in the order chapters finish, or
/// writing files as they finish, shows as a difference.
@Suite("The fixture book, one job against two", .serialized)
struct FixtureBookJobsTests {
    /// What a command printed and left on disk, run on a fresh copy of the chapters whose
    /// records are out of date (an output in chapter 1, the figure file of chapter 2), with
    /// the copy's own cache so every chapter runs.
    struct Outcome {
        var status: Int32
        /// The output with every duration ("0.3 s") replaced by "_ s" and every address in a
        /// trap's backtrace ("0x5619e0b68c16") by "0x_": only timing and where the system
        /// loaded the program may differ.
        var output: String
        /// Every file in the copy but the cache, whose entries hold each cell's timing.
        var files: [String: Data]
    }

    func outcome(of command: String, jobs: Int) throws -> Outcome {
        let folder = try FixtureBook.copyChapters()
        defer { try? FileManager.default.removeItem(at: folder) }
        let chapter1 = folder.appending(path: "chapters/01-hidden-cell.md")
        let text = try String(contentsOf: chapter1, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "hidden cell saw 43", with: "hidden cell saw 44").utf8).write(to: chapter1)
        try FileManager.default.removeItem(at: folder.appending(path: "chapters/" + FixtureBook.figure))

        let run = try FixtureBook.run([command, "--jobs", "\(jobs)", "--timeout", "2", "--cache", "cache"], in: folder)
        let output = run.output.replacing(/\d+\.\d s/, with: "_ s").replacing(/0x[0-9a-f]+/, with: "0x_")
        let files = try folderContents(folder).filter { !$0.key.hasPrefix("cache/") }
        return Outcome(status: run.status, output: output, files: files)
    }

    @Test(arguments: ["verify", "update", "build"])
    func twoJobsReportAndWriteExactlyWhatOneJobDoes(command: String) throws {
        let one = try outcome(of: command, jobs: 1)
        let two = try outcome(of: command, jobs: 2)
        #expect(two.status == one.status)
        #expect(two.output == one.output, "--jobs 1:\n\(one.output)\n--jobs 2:\n\(two.output)")
        #expect(two.files.keys.sorted() == one.files.keys.sorted())
        let differing = one.files.keys.filter { two.files[$0] != one.files[$0] }.sorted()
        #expect(differing.isEmpty, "files that differ: \(differing)")
    }

    @Test func verifyReportsInChapterOrderThoughTheLastChapterFinishesLast() throws {
        let verify = try outcome(of: "verify", jobs: 2)
        #expect(verify.status == 1)
        let reports = ["01-hidden-cell.md:20: output of cell 2 differs", "FAIL  chapters/01-hidden-cell.md",
                       "02-figure.md", "03-trap.md:14: error: cell 2 trapped",
                       "04-hang.md:12: error: cell 2 did not finish within _ s", "0 passed, 4 failed"]
        let positions = reports.map { verify.output.range(of: $0)?.lowerBound }
        #expect(!positions.contains(nil) && positions.map { $0! } == positions.map { $0! }.sorted(), "\(verify.output)")
    }

    @Test func jobsMustBeAtLeastOne() throws {
        let run = try FixtureBook.run(["verify", "--jobs", "0", "--chapters", FixtureBook.sourceChapters.path])
        #expect(run.status == 2)
        #expect(run.output.contains("--jobs must be at least 1"), "\(run.output)")
    }
}
