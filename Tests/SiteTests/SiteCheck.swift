import Foundation
import TestSupport

/// The site as readers see it: built by `ganbook build` from the book's chapters, every page
/// loaded in headless Chromium at a phone's width (390 px) and a desktop's (1440 px), each in
/// the light and the dark colour scheme, checked by `page-check.js`, and photographed whole.
/// A few things only a reader's hands can check (arrow keys, the theme button, the contents
/// button, the search field, the print layout) are tried once.
///
/// It runs once per test process and the tests read its findings. Its folder, printed when it
/// starts, keeps the site and the screenshots (`<page>-<width>-<scheme>.png`) for a person to
/// look at; a long page is photographed in parts of 3000 pixels, numbered from the top. With
/// `SITE_CHECK_TIMING` set it prints the seconds each page took to load, check and photograph,
/// and those of the three phases (building the site, the pages, the controls).
/// `SITE_CHECK_TABS` (1 to 4, default 2) is how many tabs look at pages at once.
struct SiteCheck: Sendable {
    /// What one page showed at one viewport.
    struct PageResult: Sendable {
        var page: String
        var viewport: BrowserTab.Viewport
        /// Kind (see page-check.js) and message.
        var problems: [(kind: String, message: String)]
        /// Script errors, failed loads and console errors the browser reported.
        var reported: [String]
        var ids: Set<String>
        var links: [String]
    }

    static let viewports = [390, 1440].flatMap { width in
        [false, true].map { BrowserTab.Viewport(width: width, dark: $0) }
    }

    var folder: URL
    var site: URL { folder.appending(path: "site") }
    var screenshots: URL { folder.appending(path: "screenshots") }
    /// The site's pages, the front page first.
    var pages: [String] = []
    var results: [PageResult] = []
    /// HTML parse errors by page.
    var syntax: [String: [HTMLSyntax.Problem]] = [:]
    /// Bytes by page.
    var sizes: [String: Int] = [:]
    /// What went wrong when trying the controls.
    var interactionProblems: [String] = []
    var seconds = 0.0

    static let shared: Result<SiteCheck, Error> = Result { try SiteCheck.run() }

    static func run() throws -> SiteCheck {
        let start = Date()
        var check = SiteCheck(folder: TestPaths.products.appending(path: "site-check"))
        print("Site check: the site and the screenshots are in \(check.folder.path)")
        try? FileManager.default.removeItem(at: check.screenshots)
        try FileManager.default.createDirectory(at: check.screenshots, withIntermediateDirectories: true)
        try check.build()
        let built = Date()
        check.pages = try FileManager.default.contentsOfDirectory(atPath: check.site.path)
            .filter { $0.hasSuffix(".html") }
            .sorted { ($0 == "index.html" ? "" : $0) < ($1 == "index.html" ? "" : $1) }
        for page in check.pages {
            let html = try String(contentsOf: check.site.appending(path: page), encoding: .utf8)
            check.syntax[page] = HTMLSyntax.problems(in: html)
            check.sizes[page] = html.utf8.count
        }

        guard let executable = Chromium.executable() else {
            throw Chromium.Failure("Chromium was not found; install Debian's chromium (apt-get install chromium) "
                + "or set CHROMIUM to a Chromium or Chrome executable")
        }
        let browser = try Chromium(executable: executable)
        defer { browser.close() }
        let script = try String(contentsOf: Bundle.module.url(forResource: "page-check", withExtension: "js")!, encoding: .utf8)
        // One tab per viewport, reused for every page: a tab is a renderer process, and
        // starting one per page costs more than the pages themselves. Two tabs work at once,
        // one per core of a small machine (the pages took 20 to 30% less time than with one
        // tab on a busy two-core machine).
        let snapshot = check
        let collected = Collected()
        let tabs = min(viewports.count, max(1, Int(ProcessInfo.processInfo.environment["SITE_CHECK_TABS"] ?? "") ?? 2))
        DispatchQueue.concurrentPerform(iterations: tabs) { worker in
            do {
                for viewport in viewports.enumerated().filter({ $0.offset % tabs == worker }).map(\.element) {
                    let tab = try BrowserTab(browser, viewport: viewport)
                    defer { tab.close() }
                    for page in snapshot.pages {
                        collected.add(try snapshot.look(at: page, in: tab, script: script))
                    }
                }
            } catch {
                collected.fail(error)
            }
        }
        check.results = try collected.results().sorted {
            ($0.page == "index.html" ? "" : $0.page, $0.viewport.width, $0.viewport.dark ? 1 : 0)
                < ($1.page == "index.html" ? "" : $1.page, $1.viewport.width, $1.viewport.dark ? 1 : 0)
        }
        let looked = Date()
        check.interactionProblems = Interactions(check: check, browser: browser).tryEverything()
        check.seconds = Date().timeIntervalSince(start)
        if ProcessInfo.processInfo.environment["SITE_CHECK_TIMING"] != nil {
            print("timing phases: build \(built.timeIntervalSince(start)) pages \(looked.timeIntervalSince(built)) "
                  + "controls \(Date().timeIntervalSince(looked))")
        }
        print("Site check: \(check.pages.count) pages at \(viewports.count) viewports in "
              + "\(Int(check.seconds.rounded())) s; screenshots in \(check.screenshots.path)")
        return check
    }

    /// Builds the book's site with the `ganbook` of this build.
    private func build() throws {
        let run = try Ganbook.run(["build", "--output", site.path])
        guard run.status == 0 else { throw Chromium.Failure("ganbook build failed:\n\(run.output)") }
    }

    private func look(at page: String, in tab: BrowserTab, script: String) throws -> PageResult {
        let viewport = tab.viewport
        let t0 = Date()
        try tab.resetViewport()
        let start = try tab.open(site.appending(path: page))
        let t1 = Date()
        let found = try tab.evaluate(script) as? [String: Any] ?? [:]
        let t2 = Date()
        // The whole book's page repeats the chapters' pages; its first part (title, contents,
        // the start of the first chapter) is what it shows that they do not.
        let images = try tab.screenshots(maximumParts: page == "book.html" ? 1 : nil)
        for (index, image) in images.enumerated() {
            try image.write(to: screenshots.appending(path: Self.screenshotName(page, viewport, part: index + 1)))
        }
        if ProcessInfo.processInfo.environment["SITE_CHECK_TIMING"] != nil {
            print("timing \(page) \(viewport): open \(t1.timeIntervalSince(t0)) check \(t2.timeIntervalSince(t1)) shots \(Date().timeIntervalSince(t2))")
        }
        let problems = (found["problems"] as? [[String: Any]] ?? []).map {
            (kind: $0["kind"] as? String ?? "?", message: $0["message"] as? String ?? "?")
        }
        return PageResult(page: page, viewport: viewport, problems: problems,
                          reported: tab.problemsReported(since: start),
                          ids: Set(found["ids"] as? [String] ?? []), links: found["links"] as? [String] ?? [])
    }

    /// `01-pseudo-random-numbers-390-dark-2.png`: the page, the width, the scheme, the part.
    static func screenshotName(_ page: String, _ viewport: BrowserTab.Viewport, part: Int) -> String {
        "\(page.replacingOccurrences(of: ".html", with: ""))-\(viewport.width)-\(viewport.dark ? "dark" : "light")-\(part).png"
    }

    /// The most bytes a page may have, figures included (they are inline SVG): 3 MB for the
    /// whole book's page, 1.5 MB for any other, so that a page loads and scrolls quickly on a
    /// phone (issue 21).
    static func sizeLimit(of page: String) -> Int {
        page == "book.html" ? 3_000_000 : 1_500_000
    }

    /// Pages over their size limit, with their size.
    func oversizedPages() -> [String] {
        pages.compactMap { page in
            let (size, limit) = (sizes[page] ?? 0, Self.sizeLimit(of: page))
            return size > limit ? "\(page) has \(size) bytes, over its limit of \(limit)" : nil
        }
    }

    /// Problems of one kind from page-check.js, as lines naming page and viewport, each once.
    func problems(ofKind kind: String) -> [String] {
        var seen = Set<String>()
        return results.flatMap { result in
            result.problems.filter { $0.kind == kind }.map { "\(result.page) at \(result.viewport): \($0.message)" }
        }.filter { seen.insert($0).inserted }
    }

    /// Links from one page of the site to a file that does not exist, outside the site, or to
    /// an anchor the target page does not have.
    func brokenLinks() -> [String] {
        let root = site.standardizedFileURL.path
        var idsByPage: [String: Set<String>] = [:]
        for result in results { idsByPage[result.page, default: []].formUnion(result.ids) }
        var broken = Set<String>()
        for result in results {
            for link in result.links {
                guard let url = URL(string: link), url.scheme == "file" else { continue }
                let path = url.standardizedFileURL.path
                guard path.hasPrefix(root + "/") else {
                    broken.insert("\(result.page) links outside the site: \(link)")
                    continue
                }
                let relative = String(path.dropFirst(root.count + 1))
                guard FileManager.default.fileExists(atPath: path) else {
                    broken.insert("\(result.page) links to \(relative), which does not exist")
                    continue
                }
                if let fragment = url.fragment(percentEncoded: false), !fragment.isEmpty, relative.hasSuffix(".html"),
                   !(idsByPage[relative]?.contains(fragment) ?? false) {
                    broken.insert("\(result.page) links to \(relative)#\(fragment), which has no such anchor")
                }
            }
        }
        return broken.sorted()
    }
}

/// What the tabs working at once found, gathered under a lock.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var found: [SiteCheck.PageResult] = []
    private var error: Error?

    func add(_ result: SiteCheck.PageResult) {
        lock.withLock { found.append(result) }
    }

    func fail(_ error: Error) {
        lock.withLock { self.error = self.error ?? error }
    }

    func results() throws -> [SiteCheck.PageResult] {
        try lock.withLock {
            if let error { throw error }
            return found
        }
    }
}
