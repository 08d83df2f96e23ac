import Foundation
import Testing

/// `ganbook serve`, through the fixture book: pages that follow the edits of a copy of its
/// chapters without a manual reload, paths outside the site refused, a clean stop.
@Suite("The live preview (serve)")
struct ServeTests {
    @Test func openPageFollowsProseAndCellEditsAndShowsProblemsUntilFixed() throws {
        guard let executable = Chromium.executable() else {
            throw Chromium.Failure("Chromium was not found; install Debian's chromium or set CHROMIUM")
        }
        let book = try ServedBook(timeout: 2)
        defer { book.stop() }
        try waitUntil("the first build\n\(book.output)") { book.output.contains("rebuilt in") }
        let browser = try Chromium(executable: executable)
        defer { browser.close() }
        let tab = try BrowserTab(browser, viewport: .init(width: 1440, dark: false))
        defer { tab.close() }
        // While the page reloads its script context is gone: those reads count as "not yet".
        func text() -> String { ((try? tab.evaluate("document.body.innerText")) as? String) ?? "" }
        func overlay() -> String? {
            (try? tab.evaluate("document.getElementById('ganbook-live-problems')?.textContent ?? ''")) as? String
        }
        try tab.open(book.url)
        #expect(text().contains("the answer is 42"))

        let file = "01-hidden-cell.md"
        try book.edit(file, replacing: "A visible cell sets a value.", with: "A visible cell sets a value, live.")
        let prose = try waitUntil("the new prose on the page") { text().contains("sets a value, live.") }

        try book.edit(file, replacing: "6 * 7", with: "6 * 8")
        let cell = try waitUntil("the cell's new output on the page") { text().contains("the answer is 48") }

        try book.edit(file, replacing: "6 * 8", with: "6 * undefinedName")
        try waitUntil("the overlay naming the file and line") {
            overlay()?.contains("chapters/01-hidden-cell.md:6") == true
        }
        #expect(text().contains("the answer is 48"), "the page keeps its last good content")

        try book.edit(file, replacing: "6 * undefinedName", with: "6 * 8")
        try waitUntil("the overlay to go once the cell is fixed") { overlay() == "" }

        // Chapters 3 and 4 trap and hang: their pages are served, with the problem over them.
        try tab.open(book.url.appending(path: "03-trap.html"))
        try waitUntil("the trap's overlay") { overlay()?.contains("chapters/03-trap.md:14") == true }
        print("serve: prose edit → page \(String(format: "%.2f", prose)) s, cell edit → page \(String(format: "%.2f", cell)) s")
    }

    @Test func pathsOutsideTheSiteAre404AndCtrlCStopsEveryChapterProcess() throws {
        // Chapter 4 hangs for the whole minute, so a chapter process is running at the end.
        let book = try ServedBook(timeout: 60)
        defer { book.stop() }
        try waitUntil("the server to listen\n\(book.output)") { book.output.contains("Serving the book") }
        let site = book.folder.appending(path: "cache/serve-site")
        try FileManager.default.createSymbolicLink(atPath: site.appending(path: "escape").path, withDestinationPath: "/etc")
        #expect(try rawStatus(port: book.port, target: "/index.html") == 200)
        for target in ["/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/assets/%2E%2E/%2E%2E/%2E%2E/%2E%2E/etc/passwd",
                       "/..%2f..%2f..%2fetc/passwd", "//etc/passwd", "/escape/passwd", "/../cache/01-hidden-cell.json"] {
            #expect(try rawStatus(port: book.port, target: target) == 404, "\(target)")
        }

        let programs = book.folder.appending(path: "cache/programs").path
        try waitUntil("a chapter process to run") { !processes(containing: programs).isEmpty }
        kill(book.process.processIdentifier, SIGINT)
        try waitUntil("serve to stop after SIGINT") { !book.process.isRunning }
        #expect(book.process.terminationStatus == 0, "\(book.output)")
        // A killed process leaves /proc once it is reaped, a moment after serve exits.
        #expect(throws: Never.self, "chapter processes left running: \(processes(containing: programs))") {
            try waitUntil("the chapter processes to go", seconds: 5) { processes(containing: programs).isEmpty }
        }
    }
}

/// The processes whose command line contains `text`.
private func processes(containing text: String) -> [String] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.filter { Int($0) != nil }.compactMap { pid in
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
        let command = String(decoding: data.map { $0 == 0 ? 32 : $0 }, as: UTF8.self)
        return command.contains(text) ? "\(pid) \(command)" : nil
    }
}
