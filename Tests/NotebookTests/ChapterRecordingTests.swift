import BookFormat
import BookRuntime
import Foundation
import Notebook
import TestSupport
import Testing

/// `ganbook update`'s writes: records rewritten in place, and nothing written over an edit
/// saved while the chapter ran.
@Suite("Recording a chapter's run")
struct ChapterRecordingTests {
    static let chapter = "# Sample\n\n```swift\nprint(1)\n```\n\n```output\n0\n```\n\nProse.\n"

    /// A book of one chapter in a new temporary folder, loaded.
    func book() throws -> (Book, URL) {
        let folder = try TestPaths.temporaryFolder("recording")
        let chapters = folder.appending(path: "chapters")
        try FileManager.default.createDirectory(at: chapters, withIntermediateDirectories: true)
        try Self.chapter.write(to: chapters.appending(path: "01-sample.md"), atomically: true, encoding: .utf8)
        return (try Book.load(directory: chapters.path), folder)
    }

    @Test func changedOutputIsRewrittenInPlace() throws {
        let (book, folder) = try book()
        defer { try? FileManager.default.removeItem(at: folder) }
        let chapter = book.chapters[0]
        let recording = try ChapterRecording(chapter, results: [CellResult(text: "1\n")],
                                             labels: LabelIndex(chapters: book.chapters, results: [:]), book: book)
        #expect(!recording.failed, "\(recording.messages)")
        #expect(try String(contentsOfFile: chapter.path, encoding: .utf8) == Self.chapter.replacingOccurrences(of: "0\n```", with: "1\n```"))
    }

    @Test func editSavedWhileTheChapterRanIsNotOverwritten() throws {
        let (book, folder) = try book()
        defer { try? FileManager.default.removeItem(at: folder) }
        let chapter = book.chapters[0]
        let edited = Self.chapter.replacingOccurrences(of: "Prose.", with: "Prose the author just saved.")
        try edited.write(toFile: chapter.path, atomically: true, encoding: .utf8)

        let recording = try ChapterRecording(chapter, results: [CellResult(text: "1\n")],
                                             labels: LabelIndex(chapters: book.chapters, results: [:]), book: book)
        #expect(recording.failed)
        #expect(recording.messages.contains { $0.contains("changed on disk while the chapter ran") }, "\(recording.messages)")
        #expect(try String(contentsOfFile: chapter.path, encoding: .utf8) == edited)
    }
}
