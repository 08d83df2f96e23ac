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
