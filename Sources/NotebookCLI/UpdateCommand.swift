import ArgumentParser
import Foundation
import BookFormat
import BookRuntime
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
        let chapters = try book.select(selection.names)
        var failed = 0
        let runs = runner.run(chapters, library: library, jobs: jobs.count)
        let labels = LabelIndex(chapters: book.chapters, results: runs.finishedResults)
        for run in runs {
            let chapter = run.chapter
            guard case let .finished(results, _) = run.outcome else {
                if case let .failed(failure) = run.outcome { print(failure.description) }
                print("\(chapter.path) was not changed")
                failed += 1
                continue
            }
            // A label that is not a valid name would be recorded as an image line that does
            // not read back; nothing is written until the cell is fixed.
            let labelProblems = labels.problems(in: chapter)
            if results.flatMap(\.figures).contains(where: { $0.label.map { !Label.isValidName($0) } ?? false }) {
                labelProblems.forEach { print($0.description) }
                print("\(chapter.path) was not changed")
                failed += 1
                continue
            }
            let update = RecordUpdater.update(chapter, results: results, readFigure: book.readFigure)
            for file in update.figureFiles {
                let url = book.folderURL.appending(path: file.url)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.svg.write(to: url, atomically: true, encoding: .utf8)
                print("wrote \(book.directory)/\(file.url)")
            }
            let total = results.reduce(0) { $0 + $1.figures.count }
            for stale in staleFigures(of: chapter, keeping: total, in: book) {
                try FileManager.default.removeItem(at: book.folderURL.appending(path: stale))
                print("removed \(book.directory)/\(stale)")
            }
            if update.source != chapter.source {
                try update.source.write(toFile: chapter.path, atomically: true, encoding: .utf8)
                update.changes.forEach { print($0) }
            } else if update.figureFiles.isEmpty {
                print("\(chapter.path) is up to date")
            }
            // The records are right; what is left is for the author to fix in the prose.
            if !labelProblems.isEmpty {
                labelProblems.forEach { print($0.description) }
                failed += 1
            }
        }
        return failed == 0 ? 0 : 1
    }

    /// Figure files of the chapter beyond the number it now shows, left from an earlier run.
    private func staleFigures(of chapter: Chapter, keeping count: Int, in book: Book) -> [String] {
        let folder = chapter.figureFolder
        let names = (try? FileManager.default.contentsOfDirectory(atPath: book.folderURL.appending(path: folder).path)) ?? []
        return names.filter { name in Chapter.figureOrdinal(fileName: name).map { $0 > count } ?? false }
            .sorted().map { "\(folder)/\($0)" }
    }
}
