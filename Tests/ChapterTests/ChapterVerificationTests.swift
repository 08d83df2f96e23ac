import Foundation
import Testing

/// Every chapter of the book, verified through the same code path as `ganbook verify`: the
/// test runs the built `ganbook` binary, which runs each chapter in its own process and
/// compares its outputs and figures with the records.
@Suite("The book's chapters")
struct ChapterVerificationTests {
    @Test func everyChapterMatchesItsRecordedOutputsAndFigures() throws {
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let ganbook = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent().appending(path: "ganbook")
        let process = Process()
        process.executableURL = ganbook
        process.arguments = ["verify", "--chapters", packageRoot.appending(path: "chapters").path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "ganbook verify reported:\n\(output)")
    }
}

@Suite("The book's site")
struct SiteBuildTests {
    @Test func buildWritesIndexChapterPagesKaTeXAndEscapedOutputs() throws {
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let site = FileManager.default.temporaryDirectory.appending(path: "ganbook-site-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        let ganbook = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent().appending(path: "ganbook")
        let process = Process()
        process.executableURL = ganbook
        process.arguments = ["build", "--chapters", packageRoot.appending(path: "chapters").path, "--output", site.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "ganbook build reported:\n\(output)")

        let index = try String(contentsOf: site.appending(path: "index.html"), encoding: .utf8)
        #expect(index.contains("00-introduction.html"))
        let introduction = try String(contentsOf: site.appending(path: "00-introduction.html"), encoding: .utf8)
        #expect(introduction.contains("<html lang=\"en\">"))
        #expect(introduction.contains("class=\"math display\""))
        #expect(introduction.contains("<svg class=\"figure\""))
        #expect(introduction.contains("<pre class=\"cell-output\""))
        for asset in ["assets/style.css", "assets/book.js", "assets/katex/katex.min.js", "assets/katex/katex.min.css",
                      "assets/katex/fonts/KaTeX_Main-Regular.woff2"] {
            #expect(FileManager.default.fileExists(atPath: site.appending(path: asset).path), "\(asset) is missing")
        }
    }
}
