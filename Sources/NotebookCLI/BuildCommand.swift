import ArgumentParser
import Foundation
import Notebook

struct BuildCommand: BookCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Run every chapter and write the static site.",
        discussion: """
            The site is written to a temporary folder and moved into place only when every \
            chapter ran and every page rendered, so a failure leaves the previous site as it \
            was. Example: ganbook build --output site
            """
    )

    @OptionGroup var book: BookOptions
    @OptionGroup var runner: RunnerOptions
    @Option(help: ArgumentHelp("The folder to write the site to.", valueName: "dir"))
    var output = "site"
    @Option(help: ArgumentHelp("Debian's libjs-katex folder.", valueName: "dir"))
    var katex = "/usr/share/javascript/katex"
    @Option(help: "The book's title, shown on every page.")
    var title = "Generative Models from Scratch, in Swift"

    func run(programs: [ChapterProgram]) throws -> Int32 {
        let start = ContinuousClock.now
        let book = try book.load(programs)
        var pages: [SiteWriter.Page] = []
        var problems: [String] = []
        for (chapter, outcome, _) in runner.run(book.chapters, of: book) {
            switch outcome {
            case let .failed(failure):
                problems.append(failure.description)
            case let .finished(results, _):
                do {
                    pages.append(SiteWriter.Page(chapter: chapter, body: try PageRenderer().body(of: chapter, results: results)))
                } catch {
                    problems.append("\(error)")
                }
                let differences = ChapterComparison().differences(chapter, results: results, readFigure: book.readFigure)
                if !differences.isEmpty {
                    Terminal.error("note: \(chapter.path) differs from its records in \(differences.count) place(s); "
                        + "see ganbook verify \(chapter.number)")
                }
            }
        }
        guard problems.isEmpty else {
            problems.forEach { print($0) }
            print("The site was not written; \(output)/ keeps its previous content.")
            return 1
        }
        let writer = SiteWriter(bookTitle: title, katexDirectory: URL(fileURLWithPath: katex, isDirectory: true))
        try writer.write(pages, to: URL(fileURLWithPath: output, isDirectory: true))
        print("wrote \(output)/index.html and \(pages.count) chapter pages in "
              + formatSeconds((ContinuousClock.now - start).seconds))
        return 0
    }
}
