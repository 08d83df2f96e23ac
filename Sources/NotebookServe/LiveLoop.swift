import BookRuntime
import Foundation
import Notebook

/// Watches the chapters and the library's sources, rebuilds the site when a chapter changes,
/// and tells the pages. Runs on a thread of its own: a rebuild waits for chapter processes,
/// which must not hold one of Swift's few concurrency threads the server answers on.
struct LiveLoop: Sendable {
    var site: LiveSite
    var channel: LiveChannel
    var chaptersFolder: String
    /// The sources `ganbook` was built from (`Sources`, `Package.swift`), when run from the package.
    var librarySources: [String]
    /// How often the files are looked at.
    var interval: Duration = .milliseconds(200)

    func start() {
        Thread.detachNewThread { run() }
    }

    private func run() {
        var chapters = FolderWatcher(paths: [chaptersFolder])
        var library = FolderWatcher(paths: librarySources)
        rebuild()
        while true {
            Thread.sleep(forTimeInterval: interval.seconds)
            if library.changed() {
                Console.line("The library's sources changed: rebuild ganbook and restart it (swift run -c release ganbook serve).")
                channel.update { $0.libraryChanged = true }
            }
            if chapters.changed() { rebuild() }
        }
    }

    private func rebuild() {
        let start = ContinuousClock.now
        do {
            let report = try site.rebuild()
            channel.update {
                $0.version += 1
                $0.problems = report.problems
                $0.activity = [:]
            }
            let ran = report.ran.isEmpty ? "" : ", ran \(report.ran.joined(separator: " "))"
            Console.line("rebuilt in \(formatSeconds((ContinuousClock.now - start).seconds))\(ran)"
                + (report.problems.isEmpty ? "" : "; problems:"))
            report.problems.forEach { Console.line($0.text) }
        } catch {
            Console.line("\(error)")
            channel.update { $0.problems = [LiveState.Problem(page: "*", text: "\(error)")] }
        }
    }
}
