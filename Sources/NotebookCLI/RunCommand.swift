import ArgumentParser
import BookFormat
import BookRuntime
import Foundation
import Notebook

struct RunCommand: BookCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run one chapter and show each cell's output; write its figures as SVG files.",
        discussion: "Example: ganbook run 2   (or: ganbook run inverse-transform)"
    )

    @OptionGroup var book: BookOptions
    @OptionGroup var runner: RunnerOptions
    @Argument(help: ArgumentHelp("The chapter, by number or slug.", valueName: "chapter"))
    var name: String
    @Option(help: ArgumentHelp("Folder for the figures (default: .build/figures/<slug>).", valueName: "dir"))
    var figures: String?

    func run(library: ChapterLibrary) throws -> Int32 {
        let book = try book.load()
        let chapter = try book.select([name])[0]
        let run = runner.run([chapter], library: library)[0]
        guard case let .finished(results, _) = run.outcome else {
            if case let .failed(failure) = run.outcome { Terminal.error(failure.description) }
            return 1
        }
        let folder = URL(fileURLWithPath: figures ?? ".build/figures/\(chapter.slug)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let figures = Chapter.numberedFigures(results)
        for (cell, result) in zip(chapter.cells, results) {
            let firstLine = cell.code.split(separator: "\n").first.map(String.init) ?? ""
            print("── cell \(cell.index + 1) · \(chapter.path):\(cell.firstCodeLine)")
            print("   " + firstLine + (cell.code.split(separator: "\n").count > 1 ? " …" : ""))
            if !result.text.isEmpty { print(result.recordedText, terminator: "") }
            for numbered in figures[cell.index] {
                // A fixed name per figure number, overwritten run after run: these files are for
                // looking at, not records (those are named by content, `Chapter.figureFileName`).
                let file = folder.appending(path: "figure-\(numbered.ordinal).svg")
                try ScratchFile.write(Data(numbered.figure.fileSVG.utf8), to: file, step: "run-figure")
                print("figure \(numbered.ordinal): \(file.relativePath)  (\(numbered.figure.title))")
            }
        }
        print("── \(chapter.name): \(run.summary(results))")
        return 0
    }
}
