import ArgumentParser
import Foundation
import BookFormat
import BookRuntime
import Notebook

struct BuildCommand: BookCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Run every chapter and write the static site.",
        discussion: """
            The site is written to a temporary folder and moved into place only when every \
            chapter ran, every page rendered and every reference (@fig:…, @eq:…) names a \
            label, so a failure leaves the previous site as it was. Example: ganbook build --output site
            """
    )

    @OptionGroup var book: BookOptions
    @OptionGroup var runner: RunnerOptions
    @OptionGroup var jobs: JobsOption
    @Option(help: ArgumentHelp("The folder to write the site to.", valueName: "dir"))
    var output = "site"
    @Option(help: ArgumentHelp("Debian's libjs-katex folder.", valueName: "dir"))
    var katex = SiteWriter.defaultKaTeXDirectory.path
    @Option(help: ArgumentHelp("Debian's libjs-highlight.js folder.", valueName: "dir"))
    var highlight = SiteWriter.defaultHighlightDirectory.path
    @Option(help: "The book's title, shown on every page.")
    var title = "Generative Models from Scratch, in Swift"

    func run(library: ChapterLibrary) throws -> Int32 {
        let start = ContinuousClock.now
        let book = try book.load()
        var runs: [BookSite.Run] = []
        var problems: [String] = []
        for run in runner.run(book.chapters, library: library, jobs: jobs.count) {
            let chapter = run.chapter
            switch run.outcome {
            case let .failed(failure):
                problems.append(failure.description)
            case let .finished(results, _):
                print("\(chapter.path)  \(run.summary(results))")
                runs.append(BookSite.Run(chapter: chapter, results: results))
                let differences = ChapterComparison().differences(chapter, results: results, readFigure: book.readFigure)
                if !differences.isEmpty {
                    Terminal.error("note: \(chapter.path) differs from its records in \(differences.count) place(s); "
                        + "see ganbook verify \(chapter.number)")
                }
            }
        }
        // Every problem is reported at once: a chapter that failed does not hide a dangling
        // reference in another.
        let labels = LabelIndex(chapters: book.chapters, results: Dictionary(uniqueKeysWithValues: runs.map { ($0.chapter.path, $0.results) }))
        let (site, renderProblems) = BookSite.render(runs, labels: labels, bookTitle: title)
        problems += renderProblems.map(\.description)
        if problems.isEmpty {
            let writer = SiteWriter(katexDirectory: URL(fileURLWithPath: katex, isDirectory: true),
                                    highlightDirectory: URL(fileURLWithPath: highlight, isDirectory: true))
            try writer.write(site, to: URL(fileURLWithPath: output, isDirectory: true))
            print("wrote \(output)/index.html, \(runs.count) chapter pages and \(output)/\(SiteLinks.wholeBookFile) in "
                  + formatSeconds((ContinuousClock.now - start).seconds))
            return 0
        }
        problems.forEach { print($0) }
        print("The site was not written; \(output)/ keeps its previous content.")
        return 1
    }
}
