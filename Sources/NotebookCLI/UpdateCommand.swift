import ArgumentParser
import BookFormat
import BookRuntime
import Foundation
import Notebook

struct UpdateCommand: BookCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Run chapters and record their outputs and figures in place.",
        discussion: """
            Only records that differ are rewritten; every other byte of the chapter stays as \
            it was. A chapter that fails is left untouched. Example: ganbook update 3
            """
    )

    @OptionGroup var book: BookOptions
    @OptionGroup var runner: RunnerOptions
    @OptionGroup var jobs: JobsOption
    @OptionGroup var selection: ChapterSelection

    func run(library: ChapterLibrary) throws -> Int32 {
        let book = try book.load()
        // A second update of the same chapters waits: both would rewrite the same files.
        let lock = try FolderLock(book.folderURL)
        defer { withExtendedLifetime(lock) {} }
        let chapters = try book.select(selection.names)
        var failed = 0
        let runs = runner.run(chapters, library: library, jobs: jobs.count)
        let labels = LabelIndex(chapters: book.chapters, results: runs.finishedResults)
        for run in runs {
            guard case let .finished(results, _) = run.outcome else {
                if case let .failed(failure) = run.outcome { print(failure.description) }
                print("\(run.chapter.path) was not changed")
                failed += 1
                continue
            }
            let recording = try ChapterRecording(run.chapter, results: results, labels: labels, book: book)
            recording.messages.forEach { print($0) }
            if recording.failed { failed += 1 }
        }
        return failed == 0 ? 0 : 1
    }
}
