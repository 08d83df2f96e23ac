import ArgumentParser
import BookFormat
import BookRuntime
import Notebook

struct VerifyCommand: BookCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Run chapters and compare their outputs and figures with the recorded ones.",
        discussion: """
            Numbers may differ by a relative 1e-9; anything else is a difference, printed as \
            a unified diff under the chapter file and line of the record. \
            Example: ganbook verify 1 2
            """
    )

    @OptionGroup var book: BookOptions
    @OptionGroup var runner: RunnerOptions
    @OptionGroup var jobs: JobsOption
    @OptionGroup var selection: ChapterSelection

    func run(library: ChapterLibrary) throws -> Int32 {
        let book = try book.load()
        let chapters = try book.select(selection.names)
        let runs = runner.run(chapters, library: library, jobs: jobs.count)
        let labels = LabelIndex(chapters: book.chapters, results: runs.finishedResults)
        var failed = 0, differing = 0
        for run in runs {
            let chapter = run.chapter
            switch run.outcome {
            case let .failed(failure):
                failed += 1
                print(failure.description)
            case let .finished(results, _):
                let differences = ChapterComparison().differences(chapter, results: results, readFigure: book.readFigure)
                let labelProblems = labels.problems(in: chapter)
                if differences.isEmpty, labelProblems.isEmpty {
                    print("ok    \(chapter.path)  \(run.summary(results))")
                } else {
                    differing += 1
                    for difference in differences { print(difference.description) }
                    for problem in labelProblems { print(problem.description) }
                    if !differences.isEmpty {
                        print("FAIL  \(chapter.path): \(differences.count) difference(s); if the change is "
                              + "intended, record it with: ganbook update \(chapter.number)")
                    } else {
                        print("FAIL  \(chapter.path): \(counted(labelProblems.count, "problem")) with labels or references")
                    }
                }
            }
        }
        let passed = chapters.count - failed - differing
        print("\(passed) passed, \(differing + failed) failed")
        return failed + differing == 0 ? 0 : 1
    }
}
