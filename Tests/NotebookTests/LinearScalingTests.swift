import BookFormat
import BookRuntime
import Notebook
import Testing

/// Every stage from a chapter's text to its pages (lifting, cmark, labels, diagnostics,
/// rendering, the search index) must take time linear in the chapter's size: a crafted chapter
/// that rescans from the start took minutes to build (issue 18). Each pattern is built at two
/// sizes; the time of the larger, the best of a few runs, may grow at most twice as fast as
/// its size, which a linear stage meets with room to spare and a quadratic one misses by 2×.
@Suite("Crafted chapters build in linear time", .serialized)
struct LinearScalingTests {
    /// A pathological pattern: the chapter for a count `n` of its repeated piece.
    struct Pattern: CustomTestStringConvertible, Sendable {
        var name: String
        var n: Int
        var chapter: @Sendable (Int) -> String
        var testDescription: String { name }
    }

    static func prose(_ body: String) -> String { "# Probe\n\n\(body)\n" }

    static let patterns: [Pattern] = [
        Pattern(name: "unclosed link destinations", n: 4_000) { prose(String(repeating: "[a](", count: $0)) },
        Pattern(name: "references to no label", n: 2_000) { prose(String(repeating: "@fig:nowhere ", count: $0)) },
        Pattern(name: "references to many labels", n: 1_000) { n in
            prose((0..<n).map { "$$x$$ {#eq:e\($0)}\n\nsee @eq:e\($0) and @eq:f\($0)\n" }.joined(separator: "\n"))
        },
        Pattern(name: "inline math", n: 4_000) { prose(String(repeating: "$a_1$ ", count: $0)) },
        Pattern(name: "backtick runs of every length", n: 150) { n in
            prose((1...n).map { String(repeating: "`", count: $0) }.joined(separator: " a "))
        },
        Pattern(name: "unclosed autolinks", n: 4_000) { prose(String(repeating: "<ab:cd ", count: $0)) },
        Pattern(name: "nested brackets", n: 8_000) {
            prose(String(repeating: "[", count: $0) + "a" + String(repeating: "](b)", count: $0))
        },
        Pattern(name: "nested emphasis", n: 3_000) {
            prose(String(repeating: "*a _b ", count: $0) + String(repeating: "c_ d* ", count: $0))
        },
        Pattern(name: "nested quotes", n: 5_000) { prose(String(repeating: ">", count: $0) + " b") },
        Pattern(name: "long table", n: 2_000) {
            prose("| a | b |\n|---|---|\n" + String(repeating: "| $x$ | @eq:y |\n", count: $0))
        },
        Pattern(name: "long list", n: 2_000) { prose(String(repeating: "- item $x$\n", count: $0)) },
        Pattern(name: "headings", n: 1_000) { String(repeating: "# Probe\n\n## Part $x$\n\ntext\n\n", count: $0) },
    ]

    /// Seconds to build `text` into its pages, the best of `runs` (one run when it takes
    /// seconds: then the noise is small and a quadratic stage need not be waited for thrice).
    static func buildTime(_ text: String, runs: Int = 5) throws -> Double {
        let theme = try Theme.load()
        var best = Double.infinity
        for _ in 0..<runs {
            let start = ContinuousClock.now
            if let chapter = try? ChapterParser.parse(text, path: "chapters/01-probe.md") {
                let labels = LabelIndex(chapters: [chapter], results: [chapter.path: []])
                let (site, _) = BookSite.render([BookSite.Run(chapter: chapter, results: [])], labels: labels, bookTitle: "Probe")
                _ = try site.files(theme: theme)
            }
            let elapsed = ContinuousClock.now - start
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
            if best > 1 { break }
        }
        return best
    }

    @Test(arguments: patterns) func buildTimeGrowsLinearly(_ pattern: Pattern) throws {
        let small = pattern.chapter(pattern.n), large = pattern.chapter(4 * pattern.n)
        let sizeRatio = Double(large.utf8.count) / Double(small.utf8.count)
        let timeRatio = try Self.buildTime(large) / Self.buildTime(small)
        #expect(timeRatio < 2 * sizeRatio, "\(pattern.name): 4× the pattern, \(sizeRatio)× the text, took \(timeRatio)× the time")
    }
}
