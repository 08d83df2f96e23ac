import BookFormat
import BookRuntime
import Foundation
import Notebook

/// Builds the site for the preview the way `ganbook build` does (`SiteBuild`), except that a
/// chapter that fails keeps its last good content: the page still shows it, and the problem
/// goes to the page's overlay instead of stopping the build.
///
/// Only the preview's rebuild thread uses it, one rebuild after another (hence unchecked).
final class LiveSite: @unchecked Sendable {
    var directory: String
    var bookTitle: String
    var writer: SiteWriter
    /// Where the site is written: under `.build`, never the published `site/`.
    var folder: URL
    /// Compiles and runs chapters through the cache, as the other commands do.
    var runChapters: ([Chapter]) -> [ChapterRun]

    /// The latest run of each chapter that finished, by path.
    private var lastGood: [String: BookSite.Run] = [:]
    /// The latest failure of each chapter, with the cells (and their lines) it failed with:
    /// a chapter that traps or hangs is not run again until those change, so a prose edit
    /// elsewhere does not wait for its time limit.
    private var lastFailure: [String: (cells: [String], failure: ChapterFailure)] = [:]

    init(directory: String, bookTitle: String, writer: SiteWriter, folder: URL, runChapters: @escaping ([Chapter]) -> [ChapterRun]) {
        self.directory = directory
        self.bookTitle = bookTitle
        self.writer = writer
        self.folder = folder
        self.runChapters = runChapters
    }

    /// What a rebuild did, for the line `serve` prints and the pages' overlays.
    struct Report {
        var ran: [String] = []
        var problems: [LiveState.Problem] = []
    }

    /// Reads the chapters, runs those that changed, and writes the site.
    func rebuild() throws -> Report {
        let (book, malformed) = try Book.read(directory: directory)
        var report = Report()
        var runs: [BookSite.Run] = []
        var failures: [ChapterFailure] = []
        let toRun = book.chapters.filter { lastFailure[$0.path]?.cells != Self.attemptKey($0) }
        let fresh = Dictionary(uniqueKeysWithValues: runChapters(toRun).map { ($0.chapter.path, $0) })
        for chapter in book.chapters {
            if let run = fresh[chapter.path], case .ran = run.timing { report.ran.append(chapter.name) }
            switch fresh[chapter.path]?.outcome {
            case let .finished(results, _)?:
                lastGood[chapter.path] = BookSite.Run(chapter: chapter, results: results)
                lastFailure[chapter.path] = nil
            case let .failed(failure)?:
                lastFailure[chapter.path] = (Self.attemptKey(chapter), failure)
            case nil:
                break
            }
            if let failure = lastFailure[chapter.path]?.failure { failures.append(failure) }
            // A chapter that never finished shows its text and code, without outputs.
            runs.append(lastGood[chapter.path] ?? BookSite.Run(chapter: chapter, results: chapter.cells.map { _ in CellResult() }))
        }
        // A file that no longer parses keeps its last good page.
        for problem in malformed {
            if !runs.contains(where: { $0.chapter.path == problem.path }), let good = lastGood[problem.path] { runs.append(good) }
        }
        runs.sort { $0.chapter.number < $1.chapter.number }
        let build = SiteBuild(runs: runs, failures: failures, chapters: runs.map(\.chapter), bookTitle: bookTitle)
        try writer.write(build.site, to: folder)
        let located = failures.map { ($0.path, $0.description) } + (malformed + build.renderProblems).map { ($0.path, $0.description) }
        let pages = Set(runs.map(\.chapter.name))
        report.problems = located.map { LiveState.Problem(page: Self.page(of: $0.0, pages: pages, links: build.site.links), text: $0.1) }
        return report
    }

    /// The attempt a failure belongs to: the cells' code and the lines they start at, which
    /// the failure's location names.
    private static func attemptKey(_ chapter: Chapter) -> [String] {
        [chapter.cellsDigest] + chapter.cells.map { String($0.fenceLine) }
    }

    /// The page that shows a problem of the chapter file at `path`: the chapter's own, or the
    /// front page while the chapter has none.
    private static func page(of path: String, pages: Set<String>, links: SiteLinks) -> String {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return pages.contains(name) ? links.fileName(ofChapter: name) : "index.html"
    }
}
