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
    @OptionGroup var site: SiteOptions

    func run(library: ChapterLibrary) throws -> Int32 {
        let start = ContinuousClock.now
        let book = try book.load()
        let runs = runner.run(book.chapters, library: library, jobs: jobs.count)
        for run in runs {
            guard case let .finished(results, _) = run.outcome else { continue }
            print("\(run.chapter.path)  \(run.summary(results))")
            let differences = ChapterComparison().differences(run.chapter, results: results, readFigure: book.readFigure)
            if !differences.isEmpty {
                Terminal.error("note: \(run.chapter.path) differs from its records in \(differences.count) place(s); "
                    + "see ganbook verify \(run.chapter.number)")
            }
        }
        // Every problem is reported at once: a chapter that failed does not hide a dangling
        // reference in another.
        let build = SiteBuild(runs, chapters: book.chapters, bookTitle: site.title)
        if build.problems.isEmpty {
            try site.writer.write(build.site, to: URL(fileURLWithPath: output, isDirectory: true))
            print("wrote \(output)/index.html, \(build.runs.count) chapter pages and \(output)/\(SiteLinks.wholeBookFile) in "
                  + formatSeconds((ContinuousClock.now - start).seconds))
            return 0
        }
        build.problems.forEach { print($0) }
        print("The site was not written; \(output)/ keeps its previous content.")
        return 1
    }
}

/// What the pages look like and where their scripts come from, for `build` and `serve`.
struct SiteOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Debian's libjs-katex folder.", valueName: "dir"))
    var katex = SiteWriter.defaultKaTeXDirectory.path
    @Option(help: ArgumentHelp("Debian's libjs-highlight.js folder.", valueName: "dir"))
    var highlight = SiteWriter.defaultHighlightDirectory.path
    @Option(help: "The book's title, shown on every page.")
    var title = "Generative Models from Scratch, in Swift"

    var writer: SiteWriter {
        SiteWriter(katexDirectory: URL(fileURLWithPath: katex, isDirectory: true),
                   highlightDirectory: URL(fileURLWithPath: highlight, isDirectory: true))
    }
}
