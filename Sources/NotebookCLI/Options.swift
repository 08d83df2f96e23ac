import ArgumentParser
import Foundation
import BookFormat
import BookRuntime
import Notebook

/// Where the chapters are.
struct BookOptions: ParsableArguments {
    @Option(name: .customLong("chapters"), help: ArgumentHelp("The folder of chapter files (NN-slug.md).", valueName: "dir"))
    var directory = "chapters"

    func load() throws -> Book {
        try Book.load(directory: directory)
    }
}

/// How a chapter's child process runs: its time limit, and where compiled programs (and
/// cached results) are kept. `exercise` takes these alone: an answer is always run afresh.
struct ChildProcessOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Seconds a chapter may run before it is stopped.", valueName: "seconds"))
    var timeout: Double = 300
    @Option(help: ArgumentHelp("The folder of cached chapter results and compiled chapters (default: ganbook-cache next to the ganbook binary).",
                               valueName: "dir"))
    var cache: String?

    func validate() throws {
        guard timeout > 0, timeout <= 1_000_000 else {
            throw ValidationError("--timeout must be a number of seconds between 0 and 1000000")
        }
    }

    /// The folder of cached results and compiled chapters.
    var cacheFolder: URL {
        cache.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? ChapterCache.defaultDirectory(for: ChapterRunner.currentExecutable)
    }

    /// A runner that stops a chapter after `timeout` seconds.
    func chapterRunner(progress: ProgressReporter) -> ChapterRunner {
        ChapterRunner(timeout: .milliseconds(Int(timeout * 1000)), progress: progress)
    }
}

/// How chapters are run, and whether their results may come from the cache.
struct RunnerOptions: ParsableArguments {
    @OptionGroup var process: ChildProcessOptions
    @Flag(help: "Run every chapter, even those whose results are cached, and cache the new results.")
    var force = false

    var cacheFolder: URL { process.cacheFolder }

    /// Compiles and runs each chapter in its own child process, at most `jobs` at once, unless
    /// the cache holds its result, and returns the runs in the order of `chapters`. `observer`
    /// is told what each chapter is doing (the live preview shows it on the page).
    func run(_ chapters: [Chapter], library: ChapterLibrary, jobs: Int = 1,
             observer: (@Sendable (Chapter, ChapterActivity) -> Void)? = nil) -> [ChapterRun] {
        let executable = ChapterRunner.currentExecutable
        let results = ChapterCache(directory: cacheFolder)
        let progress = ProgressReporter(observer: observer)
        let runner = CachingChapterRunner(
            compiler: ChapterCompiler(library: library, products: BuildProducts(executable: executable),
                                      folder: ChapterCompiler.folder(in: results)),
            runner: process.chapterRunner(progress: progress),
            cache: results,
            force: force
        )
        return runner.run(chapters, jobs: jobs) { run in
            if case let .finished(_, stray) = run.outcome, !stray.isEmpty {
                progress.note("note: \(run.chapter.path) wrote this outside print, so it belongs to no cell's output:\n"
                    + stray.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
            }
            if let problem = run.cacheProblem { progress.note("note: \(problem)") }
        }
    }
}

/// How many chapters run at once, for the commands that run several.
struct JobsOption: ParsableArguments {
    @Option(name: [.customShort("j"), .long],
            help: ArgumentHelp("Chapters to run at once, each in its own process (default: the number of processor "
                               + "cores, \(CachingChapterRunner.defaultJobs) here); 1 runs them one after another.",
                               valueName: "n"))
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    var count: Int { jobs ?? CachingChapterRunner.defaultJobs }
}

extension [ChapterRun] {
    /// The results of the chapters that finished, by chapter path, for the label index.
    var finishedResults: [String: [CellResult]] {
        var results: [String: [CellResult]] = [:]
        for run in self {
            if case let .finished(cells, _) = run.outcome { results[run.chapter.path] = cells }
        }
        return results
    }
}

extension ChapterRun {
    /// "3 cells, 1 figure, 2.4 s" or "3 cells, 1 figure, cached": what a finished chapter
    /// produced and where it came from, for the line each command prints per chapter.
    func summary(_ results: [CellResult]) -> String {
        let figures = results.reduce(0) { $0 + $1.figures.count }
        return "\(counted(chapter.cells.count, "cell")), \(counted(figures, "figure")), \(timing)"
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
