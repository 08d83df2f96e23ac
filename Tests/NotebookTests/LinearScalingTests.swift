import Foundation
import TestSupport
import Testing

private let valgrindExecutable = URL(fileURLWithPath: "/usr/bin/valgrind")

/// Every stage from a chapter's text to its pages (lifting, cmark, labels, diagnostics,
/// rendering, the search index) must take time linear in the chapter's size: a crafted chapter
/// that rescans from the start took minutes to build (issue 18). Each pattern is built at two
/// sizes by `ScalingProbe` (Tests/ScalingProbe) under callgrind, which counts the instructions
/// the stages execute: the same count run after run, however loaded the machine. The count of
/// the larger may grow at most twice as fast as its size, which a linear stage meets with room
/// to spare and a quadratic one misses by 2×. Skipped where valgrind is not installed
/// (scripts/build-site installs it).
@Suite("Crafted chapters build in linear time",
       .enabled(if: FileManager.default.isExecutableFile(atPath: valgrindExecutable.path)))
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

    static let probe = TestPaths.products.appending(path: "ScalingProbe")

    /// The instructions `ScalingProbe` executes to build `text` into its pages, as callgrind
    /// counts them in `probePages` alone (not the start-up or the theme's loading).
    static func instructions(_ text: String) throws -> Int {
        let folder = try TestPaths.temporaryFolder("scaling")
        defer { try? FileManager.default.removeItem(at: folder) }
        let chapter = folder.appending(path: "01-probe.md")
        try Data(text.utf8).write(to: chapter)
        let run = try runProcess(valgrindExecutable, [
            "--tool=callgrind", "--callgrind-out-file=/dev/null", "--collect-atstart=no",
            "--toggle-collect=*ScalingProbe*probePages*", probe.path, chapter.path,
        ])
        // callgrind's summary on standard error: "==PID== Collected : 123456789".
        let collected = run.output.split(separator: "\n").first { $0.contains("Collected :") }
        guard run.status == 0, let count = collected?.split(separator: " ").last.flatMap({ Int($0) }), count > 0 else {
            throw ProbeFailure(output: run.output)
        }
        return count
    }

    struct ProbeFailure: Error, CustomStringConvertible {
        var output: String
        var description: String { "ScalingProbe under callgrind counted nothing:\n\(output)" }
    }

    @Test(arguments: patterns) func instructionCountGrowsLinearly(_ pattern: Pattern) throws {
        let small = pattern.chapter(pattern.n), large = pattern.chapter(4 * pattern.n)
        let sizeRatio = Double(large.utf8.count) / Double(small.utf8.count)
        let countRatio = Double(try Self.instructions(large)) / Double(try Self.instructions(small))
        #expect(countRatio < 2 * sizeRatio,
                "\(pattern.name): 4× the pattern, \(sizeRatio)× the text, took \(countRatio)× the instructions")
    }
}
