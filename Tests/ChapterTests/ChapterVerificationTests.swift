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
    @Test func buildWritesFrontPageWithMathFiguresOutputsAndKaTeX() throws {
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

        // The first chapter is the front page, followed by the contents.
        let index = try String(contentsOf: site.appending(path: "index.html"), encoding: .utf8)
        #expect(index.contains("<html lang=\"en\">"))
        #expect(index.contains("<h1 id=\"what-a-generative-model-is\">"))
        #expect(index.contains("class=\"math display\""))
        #expect(index.contains("<svg class=\"figure\""))
        #expect(index.contains("<pre class=\"cell-output\""))
        #expect(index.contains("<h2 id=\"contents\">Contents</h2>"))
        for asset in ["assets/style.css", "assets/book.js", "assets/katex/katex.min.js", "assets/katex/katex.min.css",
                      "assets/katex/fonts/KaTeX_Main-Regular.woff2"] {
            #expect(FileManager.default.fileExists(atPath: site.appending(path: asset).path), "\(asset) is missing")
        }
    }
}
