import ArgumentParser
import Foundation
import BookRuntime
import Notebook
import NotebookServe

struct ServeCommand: BookCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the book on this machine and rebuild it as the chapters change; open pages reload themselves.",
        discussion: """
            A prose edit shows in about a second; a cell edit recompiles and reruns its chapter \
            alone, the page showing its progress. A chapter that fails keeps its last good page, \
            under an overlay naming the file and line. The site is kept in the cache folder, \
            never in site/. Ctrl-C stops it. Example: ganbook serve --port 8000
            """
    )

    @OptionGroup var book: BookOptions
    @OptionGroup var runner: RunnerOptions
    @OptionGroup var jobs: JobsOption
    @OptionGroup var site: SiteOptions
    @Option(help: "The port to listen on.")
    var port: UInt16 = 8000
    @Option(help: ArgumentHelp("The address to listen on; the default lets only this machine in.", valueName: "ip"))
    var host = "127.0.0.1"

    func run(library: ChapterLibrary) throws -> Int32 {
        let server = BookServer(host: host, port: port, chaptersFolder: book.directory,
                                siteFolder: runner.cacheFolder.appending(path: "serve-site", directoryHint: .isDirectory),
                                bookTitle: site.title, writer: site.writer)
        let progress = server.progress
        try server.run { chapters in
            runner.run(chapters, library: library, jobs: jobs.count, observer: progress.report)
        }
    }
}
