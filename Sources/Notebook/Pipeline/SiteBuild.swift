import BookFormat

/// The chapters' runs made into a site: the label index of what finished, then every page.
/// `ganbook build` and `ganbook serve` both go through here, so the preview shows what the
/// published site will be.
package struct SiteBuild: Sendable {
    /// The chapters that finished, with their results, in book order.
    package var runs: [BookSite.Run]
    /// The chapters that did not compile, trapped, exited early or ran out of time.
    package var failures: [ChapterFailure]
    package var site: BookSite
    /// A page that does not render, a reference to no label, a label used twice.
    package var renderProblems: [ChapterDiagnostic]

    /// Renders the chapters of `chapterRuns` that finished.
    package init(_ chapterRuns: [ChapterRun], chapters: [Chapter], bookTitle: String) {
        var runs: [BookSite.Run] = []
        var failures: [ChapterFailure] = []
        for run in chapterRuns {
            switch run.outcome {
            case let .finished(results, _): runs.append(BookSite.Run(chapter: run.chapter, results: results))
            case let .failed(failure): failures.append(failure)
            }
        }
        self.init(runs: runs, failures: failures, chapters: chapters, bookTitle: bookTitle)
    }

    /// Renders `runs`; `chapters` are every chapter of the book, whose labels references may
    /// name even when the chapter failed.
    package init(runs: [BookSite.Run], failures: [ChapterFailure], chapters: [Chapter], bookTitle: String) {
        let results = Dictionary(uniqueKeysWithValues: runs.map { ($0.chapter.path, $0.results) })
        let labels = LabelIndex(chapters: chapters, results: results)
        (site, renderProblems) = BookSite.render(runs, labels: labels, bookTitle: bookTitle)
        self.runs = runs
        self.failures = failures
    }

    /// Every problem, failures first, each a full line for the terminal.
    package var problems: [String] {
        failures.map(\.description) + renderProblems.map(\.description)
    }
}
