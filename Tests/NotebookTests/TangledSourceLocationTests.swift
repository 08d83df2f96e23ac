import Foundation
import Notebook
import TestSupport
import Testing

/// The property tangling exists for: the compiler reports an error in a cell at the
/// chapter's Markdown file and line, not in generated code.
@Suite("Compiler errors in tangled chapters")
struct TangledSourceLocationTests {
    @Test func typeErrorInACellIsReportedAtItsMarkdownLineAndColumn() throws {
        let markdown = "# Broken\n\nSome prose.\n\n```swift\nlet fine = 1\n```\n\n```swift\nlet x: Int = \"text\"\n```\n"
        let chapter = try ChapterParser.parse(markdown, path: "chapters/07-broken.md")
        let folder = try TestPaths.temporaryFolder("tangle")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appending(path: "Chapter-07-broken.swift")
        try Tangler.source(for: chapter).write(to: source, atomically: true, encoding: .utf8)

        // Type-check against the modules this test run was built with.
        let run = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), [
            "swiftc", "-typecheck", "-swift-version", "6",
            "-I", TestPaths.products.appending(path: "Modules").path,
            "-I", TestPaths.packageRoot.appending(path: "Sources/Ccmark").path,
            // The C module under Generative, whose module map the build writes.
            "-Xcc", "-fmodule-map-file=" + TestPaths.products.appending(path: "GenerativeKernels.build/module.modulemap").path,
            source.path,
        ])

        #expect(run.status != 0)
        #expect(run.output.contains("chapters/07-broken.md:10:14: error: cannot convert value of type 'String' to specified type 'Int'"),
                "swiftc said:\n\(run.output)")
        #expect(!run.output.contains("Chapter-07-broken.swift:"))
    }
}
