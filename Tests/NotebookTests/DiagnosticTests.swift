import BookFormat
import BookRuntime
import Foundation
import Notebook
import Testing

/// Diagnostics name the real problem at its place, once (issue 18, sections 3 and 4).
@Suite("Diagnostics of malformed chapters")
struct DiagnosticTests {
    /// A chapters folder holding one file with `bytes`, read as the book reads it.
    func problems(reading bytes: [UInt8]) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appending(path: "ganbook-diagnostics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(bytes).write(to: folder.appending(path: "01-probe.md"))
        return try Book.read(directory: folder.path).problems.map { $0.description.replacingOccurrences(of: folder.path, with: "chapters") }
    }

    @Test func invalidUTF8IsReportedAtTheLineAndColumnOfItsFirstBadByte() throws {
        let bytes = Array("# Title\n\nSome é text, then ".utf8) + [0xFF] + Array(" more\n".utf8)
        #expect(try problems(reading: bytes) == [
            "chapters/01-probe.md:3:19: error: this byte is not UTF-8; a chapter is UTF-8 text, so save it in that encoding",
        ])
    }

    @Test func aTruncatedScalarAtTheEndIsReportedToo() throws {
        #expect(try problems(reading: Array("# T\n\nx".utf8) + [0xE2, 0x82]).first?.hasPrefix("chapters/01-probe.md:3:2: error:") == true)
    }

    @Test(arguments: ["a \u{E000}0\u{E001} b", "a &#xE000;0&#xE001; b", "a &#57347; b", "`&#xe002;`", "[x](y \"&#xE004;\")"])
    func aReservedCharacterIsRejectedAtItsLineAndColumn(_ prose: String) throws {
        let text = "# Title\n\n\(prose)\n"
        #expect(throws: ChapterDiagnostic.self) { try ChapterParser.parse(text, path: "chapters/01-probe.md") }
        do {
            _ = try ChapterParser.parse(text, path: "chapters/01-probe.md")
        } catch {
            #expect(error.line == 3)
            #expect(error.column == prose.firstIndex { $0 == "&" || $0.unicodeScalars.first!.value >= 0xE000 }.map { prose.distance(from: prose.startIndex, to: $0) + 1 })
            #expect(error.message.contains("is reserved"))
        }
    }

    @Test func otherPrivateUseCharactersRenderAsThemselves() throws {
        let chapter = try ChapterParser.parse("# T\n\n\u{E009} and &#xF8FF; $x$\n", path: "chapters/01-probe.md")
        let html = PageRenderer().body(of: chapter, results: [])
        #expect(html.contains("\u{E009} and \u{F8FF} <span class=\"math inline\">x</span>"))
    }

    @Test func reservedCharactersACellPrintsShowAsThemselvesNotAsMath() throws {
        let chapter = try ChapterParser.parse("# T\n\n$x$\n\n```swift\nprint(1)\n```\n", path: "chapters/01-probe.md")
        let html = PageRenderer().body(of: chapter, results: [CellResult(text: "\u{E000}0\u{E001}\n")])
        #expect(html.contains("<samp>&#xE000;0&#xE001;\n</samp>"))
        #expect(!html.unicodeScalars.contains(where: ReservedCharacters.range.contains))
    }

    @Test func aPageWithALeftoverPlaceholderIsNeverWritten() throws {
        let chapter = try ChapterParser.parse("# T\n\ntext\n", path: "chapters/01-probe.md")
        var site = BookSite.render([BookSite.Run(chapter: chapter, results: [])], labels: LabelIndex(chapters: [chapter], results: [:]),
                                   bookTitle: "Probe").site
        site.chapters[0].html += "\u{E000}7\u{E001}"
        #expect(throws: BookError.self) { try site.files(theme: Theme.load()) }
    }

    @Test func repeatedProblemsAreToldTwentyTimesThenCounted() throws {
        let text = "# T\n\n" + String(repeating: "@fig:nowhere\n", count: 500)
        let chapter = try ChapterParser.parse(text, path: "chapters/01-probe.md")
        let problems = LabelIndex(chapters: [chapter], results: [:]).problems(in: chapter)
        #expect(problems.count == 21)
        #expect(problems.prefix(20).map(\.line) == Array(3...22))
        #expect(problems.last?.description == "chapters/01-probe.md:23: error: … and 480 more problems with labels and "
            + "references in this chapter, from this line on")
    }
}
