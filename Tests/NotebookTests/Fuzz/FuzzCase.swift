import BookFormat
import BookRuntime
import Foundation
import Notebook

/// One chapter through every stage a build takes it (parsing, lifting, cmark, labels, rendering
/// both editions, the pages and the search index), and the properties that must hold whatever
/// the chapter: a diagnostic points into the file; otherwise every page is written (the build's
/// own check finds no placeholder left), each rendered body is well formed, and no text the
/// chapter or a cell wrote becomes a tag: every `<` it wrote reaches the page escaped.
enum FuzzCase {
    /// What every cell of a fuzzed chapter prints: markup that must show as text.
    static let hostileOutput = "<script>alert(1)</script> & \u{E000}0\u{E001} </pre>\n"

    /// The properties `text` breaks, empty when it breaks none.
    static func failures(_ text: String, theme: Theme) -> [String] {
        let path = "chapters/01-probe.md"
        let chapter: Chapter
        do {
            chapter = try ChapterParser.parse(text, path: path)
        } catch {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
            return (1...max(lines, 1)).contains(error.line) ? [] : ["the diagnostic's line \(error.line) is outside the file: \(error)"]
        }
        let results = chapter.cells.map { _ in CellResult(text: hostileOutput) }
        let labels = LabelIndex(chapters: [chapter], results: [path: results])
        _ = labels.problems(in: chapter)
        let (site, _) = BookSite.render([BookSite.Run(chapter: chapter, results: results)], labels: labels, bookTitle: "Probe")
        var failures: [String] = []
        do {
            _ = try site.files(theme: theme)
        } catch {
            failures.append("the pages were not written: \(error)")
        }
        for rendered in site.chapters + site.wholeBook {
            let html = rendered.html + rendered.sections.map(\.titleHTML).joined()
            if let problem = TagBalance.problem(in: rendered.html) { failures.append("malformed HTML: \(problem)") }
            if html.range(of: "<script", options: .caseInsensitive) != nil { failures.append("a <script> tag in the page") }
            if html.range(of: "<b onclick", options: .caseInsensitive) != nil { failures.append("raw HTML from the prose in the page") }
            if html.unicodeScalars.contains(where: ReservedCharacters.range.contains) { failures.append("a placeholder left in the page") }
        }
        return failures
    }

    /// The corpus under `Tests/FuzzCorpus`: the crafted chapters of issue 18 and every case
    /// the fuzzer ever failed on, one file each.
    static func corpus() throws -> [(name: String, text: String)] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appending(path: "FuzzCorpus")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { name in
            (name, String(decoding: try Data(contentsOf: folder.appending(path: name)), as: UTF8.self))
        }
    }
}
