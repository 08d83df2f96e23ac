import ArgumentParser
import Foundation
import Notebook

/// Where the chapters are.
struct BookOptions: ParsableArguments {
    @Option(name: .customLong("chapters"), help: ArgumentHelp("The folder of chapter files (NN-slug.md).", valueName: "dir"))
    var directory = "chapters"

    func load(_ programs: [ChapterProgram]) throws -> Book {
        try Book.load(directory: directory, programs: programs)
    }
}

/// How chapters are run.
struct RunnerOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Seconds a chapter may run before it is stopped.", valueName: "seconds"))
    var timeout: Double = 300

    func validate() throws {
        guard timeout > 0, timeout <= 1_000_000 else {
            throw ValidationError("--timeout must be a number of seconds between 0 and 1000000")
        }
    }

    /// Runs each chapter in its own child process, in order, and returns the outcomes.
    func run(_ chapters: [Chapter], of book: Book) -> [(chapter: Chapter, outcome: ChapterOutcome, seconds: Double)] {
        let runner = ChapterRunner(executable: ChapterRunner.currentExecutable,
                                   timeout: .milliseconds(Int(timeout * 1000)), progress: ProgressReporter())
        return chapters.map { chapter in
            let start = ContinuousClock.now
            let outcome = runner.run(chapter, program: book.program(for: chapter))
            if case let .finished(_, stray) = outcome, !stray.isEmpty {
                Terminal.error("note: \(chapter.path) wrote this outside print, so it belongs to no cell's output:\n"
                    + stray.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
            }
            return (chapter, outcome, (ContinuousClock.now - start).seconds)
        }
    }
}

extension [(chapter: Chapter, outcome: ChapterOutcome, seconds: Double)] {
    /// The results of the chapters that finished, by chapter path, for the label index.
    var finishedResults: [String: [CellResult]] {
        var results: [String: [CellResult]] = [:]
        for (chapter, outcome, _) in self {
            if case let .finished(cells, _) = outcome { results[chapter.path] = cells }
        }
        return results
    }
}

/// Chapters named on the command line.
struct ChapterSelection: ParsableArguments {
    @Argument(help: ArgumentHelp("Chapters by number or slug; all when none is given.", valueName: "chapter"))
    var names: [String] = []
}

/// "1 figure", "3 figures".
func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}
