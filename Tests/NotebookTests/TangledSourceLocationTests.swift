import Foundation
import Notebook
import Testing

/// The property tangling exists for: the compiler reports an error in a cell at the
/// chapter's Markdown file and line, not in generated code.
@Suite("Compiler errors in tangled chapters")
struct TangledSourceLocationTests {
    @Test func typeErrorInACellIsReportedAtItsMarkdownLineAndColumn() throws {
        let markdown = "# Broken\n\nSome prose.\n\n```swift\nlet fine = 1\n```\n\n```swift\nlet x: Int = \"text\"\n```\n"
        let chapter = try ChapterParser.parse(markdown, path: "chapters/07-broken.md")
        let folder = FileManager.default.temporaryDirectory.appending(path: "tangle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appending(path: "Chapter-07-broken.swift")
        try Tangler.source(for: chapter).write(to: source, atomically: true, encoding: .utf8)

        // Type-check against the modules this test run was built with.
        let products = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swiftc", "-typecheck", "-swift-version", "6",
                             "-I", products.appending(path: "Modules").path,
                             "-I", packageRoot.appending(path: "Sources/Ccmark").path, source.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        #expect(process.terminationStatus != 0)
        #expect(output.contains("chapters/07-broken.md:10:14: error: cannot convert value of type 'String' to specified type 'Int'"),
                "swiftc said:\n\(output)")
        #expect(!output.contains("Chapter-07-broken.swift:"))
    }
}
